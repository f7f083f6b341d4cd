package app.symetrie.mail;

import app.symetrie.common.Unrestricted;
import app.symetrie.common.LogSafe;
import app.symetrie.common.Email;
import app.symetrie.common.Ids;
import app.symetrie.mail.internal.OutboxDocument;
import app.symetrie.mail.internal.OutboxRepository;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Sends e-mails through SMTP when {@code spring.mail.host} is configured; otherwise (embedded/demo mode) keeps them
 * in a local outbox that administrators read in the UI. Every message is recorded in the outbox either way.
 */
@Service
public class MailService {

    private static final Logger log = LoggerFactory.getLogger(MailService.class);

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final String from;

    MailService(OutboxRepository outbox, ObjectProvider<JavaMailSender> sender, Clock clock,
                org.springframework.core.env.Environment environment) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
        this.from = environment.getProperty("symetrie.mail.from", "symetrie@localhost");
    }

    @Unrestricted("Services that already checked who acts (invitations, reminders, sign-in links); never a view")
    public void send(Email to, String subject, String body) {
        send(to, subject, body, null);
    }

    /**
     * Sends a message and keeps it in the outbox under {@code tag}, so that it can be forgotten as a group
     * ({@link #forget(String)}).
     */
    @Unrestricted("Services that already checked who acts (invitations, reminders, sign-in links); never a view")
    public void send(Email to, String subject, String body, @org.jspecify.annotations.Nullable String tag) {
        JavaMailSender smtp = sender.getIfAvailable();
        OutboxMessage.Status status = OutboxMessage.Status.OUTBOX_ONLY;
        if (smtp != null) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to.value());
            message.setSubject(subject);
            message.setText(body);
            try {
                smtp.send(message);
                status = OutboxMessage.Status.SENT;
            } catch (MailException e) {
                log.warn("Could not send an e-mail through SMTP: {}", LogSafe.redact(e.getMessage()));
                status = OutboxMessage.Status.FAILED;
            }
        }
        outbox.save(new OutboxDocument(Ids.random(), clock.instant(), to.value(), subject, body, status, tag));
    }

    /**
     * Removes the outbox's copies of the messages sent under {@code tag}: reminders of a closed wave, for instance,
     * which would otherwise keep the list of who had not answered on each reminder day. What an SMTP server or a
     * mailbox keeps is beyond the application's reach.
     */
    @Unrestricted("The wave release and retention, running as the system")
    public void forget(String tag) {
        outbox.deleteAll(outbox.findByTag(tag));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<OutboxMessage> latest(int offset, int limit) {
        int page = offset / Math.max(1, limit);
        return outbox.findAllByOrderByCreatedAtDesc(PageRequest.of(page, Math.max(1, limit))).stream()
                .map(OutboxDocument::toMessage).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count() {
        return outbox.count();
    }
}
