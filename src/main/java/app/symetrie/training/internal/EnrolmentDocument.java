package app.symetrie.training.internal;

import app.symetrie.training.EnrolmentStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person in one session: at most one document per (session, person) — the unique index makes a double
 * enrolment impossible even under concurrency; cancelling keeps the document (status CANCELLED) and enrolling again
 * reuses it.
 *
 * @param at when the person joined (the waiting list's order; ties broken by id)
 */
@Document("enrolments")
@CompoundIndex(name = "session_person", def = "{'sessionId': 1, 'employeeId': 1}", unique = true)
public record EnrolmentDocument(@Id String id, String sessionId, @Indexed String employeeId, String departmentId,
                                EnrolmentStatus status, Instant at, @Nullable Boolean attended, boolean completed,
                                @Nullable Integer rating, String comment) {
}
