package app.symetrie.training.internal;

import app.symetrie.training.TrainingNotification;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("training_notifications")
public record NotificationDocument(@Id String id, @Indexed String employeeId, TrainingNotification.Kind kind,
                                   String sessionId, Instant at, boolean read) {
}
