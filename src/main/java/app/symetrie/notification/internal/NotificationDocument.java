package app.symetrie.notification.internal;

import app.symetrie.notification.Notification;
import app.symetrie.notification.NotificationId;
import app.symetrie.notification.NotificationKind;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A notification to one person (their employee id). {@code mentions} are the other people its text names (the
 * requester, the ambassador), so that erasing one of them removes what names them too.
 */
@Document("notifications")
@CompoundIndex(name = "recipient_created", def = "{'recipientId': 1, 'createdAt': -1}")
public record NotificationDocument(@Id String id, String recipientId, NotificationKind kind, List<String> args,
                                   @Nullable Instant when, @Indexed Instant createdAt, boolean read,
                                   @Indexed List<String> mentions) {

    public Notification toDomain() {
        return new Notification(new NotificationId(id), kind, args == null ? List.of() : args, when, createdAt, read);
    }
}
