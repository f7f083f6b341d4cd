package app.symetrie.training;

import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.EmployeeId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person's enrolment in a session, as stored.
 *
 * @param departmentId the person's department when they enrolled (reports count it there)
 * @param at           when they enrolled or joined the waiting list (the waiting list's order)
 * @param attended     null until the trainer marks attendance
 * @param rating       1–5 once the attendee rated the session, else null
 */
public record Enrolment(TrainingSessionId sessionId, EmployeeId employeeId, DepartmentId departmentId,
                        EnrolmentStatus status, Instant at, @Nullable Boolean attended, boolean completed,
                        @Nullable Integer rating, String comment) {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int COMMENT_MAX = 500;
}
