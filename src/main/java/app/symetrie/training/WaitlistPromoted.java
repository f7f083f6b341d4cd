package app.symetrie.training;

import app.symetrie.organization.EmployeeId;
import java.time.Instant;

/** A seat freed up and went to the first person waiting, who now holds it: published after the seat is theirs. */
public record WaitlistPromoted(EmployeeId employeeId, TrainingSessionId sessionId, String courseTitle,
                               Instant sessionStart) {
}
