package app.symetrie.ambassador;

import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.EmployeeId;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A help request and where it stands, with the names both sides need to see. */
public record HelpRequest(HelpRequestId id, EmployeeId requesterId, String requesterName,
                          DepartmentId requesterDepartmentId, AmbassadorId ambassadorId, String ambassadorName,
                          @Nullable String tool, @Nullable String topic, CoachingFormat preferredFormat,
                          String message, HelpRequestStatus status, Instant createdAt, @Nullable Instant answeredAt,
                          @Nullable CoachingSessionId sessionId) {

    /** How long the requester waited for an answer, or has been waiting so far. */
    public Duration waiting(Instant now) {
        return Duration.between(createdAt, answeredAt == null ? now : answeredAt);
    }
}
