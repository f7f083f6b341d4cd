package app.symetrie.mail.internal;

import app.symetrie.mail.OutboxMessage;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("mail_outbox")
public record OutboxDocument(@Id String id, @Indexed Instant createdAt, String to, String subject, String body,
                             OutboxMessage.Status status, @org.jspecify.annotations.Nullable String tag) {

    public OutboxMessage toMessage() {
        return new OutboxMessage(id, createdAt, to, subject, body, status);
    }
}
