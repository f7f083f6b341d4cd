package app.symetrie.notification.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A closed wave whose "results published" notifications were all made ({@code waveId}), and when. */
@Document("notification_announced_waves")
public record AnnouncedWaveDocument(@Id String waveId, Instant announcedAt) {
}
