package app.symetrie.training.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A session as stored. {@code seatsTaken} only ever changes through {@link SeatLedger}'s atomic updates, which never
 * let it exceed {@code capacity}.
 */
@Document("training_sessions")
public record TrainingSessionDocument(@Id String id, @Indexed String courseId, @Indexed Instant start, Instant end,
                                      String place, int capacity, int seatsTaken, @Nullable String trainerId,
                                      String trainerName, Instant enrolmentDeadline) {
}
