package app.symetrie.notification;

import app.symetrie.ambassador.AmbassadorApplicationDecided;
import app.symetrie.ambassador.ApplicationStatus;
import app.symetrie.ambassador.HelpRequestChanged;
import app.symetrie.common.Hashes;
import app.symetrie.common.Ids;
import app.symetrie.training.WaitlistPromoted;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' events into notifications (a wave's published results are announced by
 * {@link ResultsAnnouncer}, after the release). Each event is published after its change is stored; the
 * notification follows in the same thread (the code's events are synchronous, like {@code WaveFigures}). A failure
 * here is logged and never undoes nor fails the change it reports: a help request sent stays sent.
 */
@Component
class NotificationEvents {

    private static final Logger log = LoggerFactory.getLogger(NotificationEvents.class);
    private final Notifier notifier;

    NotificationEvents(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener
    void on(HelpRequestChanged event) {
        safely("help request", () -> {
            String id = Hashes.sha256Hex("help|" + event.id().value() + "|" + event.status());
            Notifier.Delivery delivery = switch (event.status()) {
                case OPEN -> new Notifier.Delivery(id, event.ambassadorEmployeeId(), NotificationKind.HELP_REQUESTED,
                        List.of(event.requesterName()), null, List.of(event.requesterId()));
                case ACCEPTED -> toRequester(id, event, NotificationKind.HELP_ACCEPTED);
                case DECLINED -> toRequester(id, event, NotificationKind.HELP_DECLINED);
                case DONE -> toRequester(id, event, NotificationKind.HELP_DONE);
            };
            notifier.deliver(List.of(delivery));
        });
    }

    private static Notifier.Delivery toRequester(String id, HelpRequestChanged event, NotificationKind kind) {
        return new Notifier.Delivery(id, event.requesterId(), kind, List.of(event.ambassadorName()), null,
                List.of(event.ambassadorEmployeeId()));
    }

    @EventListener
    void on(AmbassadorApplicationDecided event) {
        if (event.status() == ApplicationStatus.PENDING) {
            return;
        }
        safely("ambassador application", () -> notifier.deliver(List.of(new Notifier.Delivery(
                Hashes.sha256Hex("application|" + event.id().value()), event.applicantId(),
                event.status() == ApplicationStatus.APPROVED ? NotificationKind.APPLICATION_APPROVED
                        : NotificationKind.APPLICATION_REJECTED, List.of(), null, List.of()))));
    }

    @EventListener
    void on(WaitlistPromoted event) {
        // A person may wait for, and get, a seat of the same session twice (after cancelling): a new notice each time.
        safely("training seat", () -> notifier.deliver(List.of(new Notifier.Delivery(Ids.random(),
                event.employeeId(), NotificationKind.TRAINING_SEAT, List.of(event.courseTitle()),
                event.sessionStart(), List.of()))));
    }

    private static void safely(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("Could not notify ({}); the change itself is kept", what, e);
        }
    }
}
