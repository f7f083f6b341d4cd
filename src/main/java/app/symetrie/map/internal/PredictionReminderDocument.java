package app.symetrie.map.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A claim on the one reminder a manager gets to predict a wave: inserted before the e-mail goes (its id is unique), so
 * two runs, or two instances, never send it twice.
 *
 * @param id {@code waveId|employeeId}
 */
@Document("prediction_reminders")
public record PredictionReminderDocument(@Id String id, @Indexed String waveId, @Indexed String employeeId,
                                         Instant sentAt) {
}
