package app.symetrie.ambassador.internal;

import app.symetrie.ambassador.CoachingFormat;
import app.symetrie.ambassador.HelpRequestStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("help_requests")
public record HelpRequestDocument(@Id String id, @Indexed String requesterId, String requesterDepartmentId,
                                  @Indexed String ambassadorId, @Nullable String tool, @Nullable String topic,
                                  CoachingFormat preferredFormat, String message, @Indexed HelpRequestStatus status,
                                  Instant createdAt, @Nullable Instant answeredAt, @Nullable String sessionId) {
}
