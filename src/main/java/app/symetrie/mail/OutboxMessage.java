package app.symetrie.mail;

import java.time.Instant;

/** An e-mail as the outbox keeps it. */
public record OutboxMessage(String id, Instant createdAt, String to, String subject, String body, Status status) {

    public enum Status {
        /** Kept in the outbox only: no SMTP server is configured (embedded/demo mode). */
        OUTBOX_ONLY,
        SENT,
        FAILED
    }
}
