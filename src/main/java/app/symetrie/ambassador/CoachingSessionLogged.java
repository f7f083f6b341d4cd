package app.symetrie.ambassador;

import app.symetrie.organization.DepartmentId;
import java.time.LocalDate;

/** Published when an ambassador logs (or corrects) a coaching session, for boards that roll coaching up. */
public record CoachingSessionLogged(CoachingSessionId id, DepartmentId departmentId, LocalDate date, int minutes,
                                    int people) {
}
