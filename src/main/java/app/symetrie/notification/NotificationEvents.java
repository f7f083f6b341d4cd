package app.symetrie.notification;

import app.symetrie.ambassador.AmbassadorApplicationDecided;
import app.symetrie.ambassador.ApplicationStatus;
import app.symetrie.ambassador.HelpRequestChanged;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveReleased;
import app.symetrie.common.Hashes;
import app.symetrie.common.Ids;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.training.WaitlistPromoted;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' events into notifications. Each event is published after its change is stored; the
 * notification follows in the same thread (the code's events are synchronous, like {@code WaveFigures}). A failure
 * here is logged and never undoes nor fails the change it reports: a help request sent stays sent.
 */
@Component
class NotificationEvents {

    private static final Logger log = LoggerFactory.getLogger(NotificationEvents.class);
    /** People notified per round trip when a wave's results are published to everyone invited. */
    static final int BATCH = 500;
    /** A wave released this long after its last day is not announced. */
    static final int STALE_DAYS = 7;

    private final Notifier notifier;
    private final CampaignService campaigns;
    private final OrganizationService organization;
    private final Clock clock;

    NotificationEvents(Notifier notifier, CampaignService campaigns, OrganizationService organization, Clock clock) {
        this.notifier = notifier;
        this.clock = clock;
        this.campaigns = campaigns;
        this.organization = organization;
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

    /**
     * A wave's results are published: everyone it invited is told so — whether they answered or not (nobody knows
     * any more), whatever their department's figures show or hide — with the campaign's name and a link to the
     * boards, and nothing else (docs/ANONYMITY.md). Sent again if the release resumes: made once per person.
     */
    @EventListener
    void on(WaveReleased event) {
        safely("results published", () -> campaigns.wave(event.waveId()).ifPresent(this::resultsPublished));
    }

    private void resultsPublished(Wave wave) {
        if (wave.closesOn().isBefore(LocalDate.now(clock).minusDays(STALE_DAYS))) {
            return; // a wave closed long ago (an import, the demo's history): its results are no news
        }
        Set<DepartmentId> invited = wave.invited().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey).map(DepartmentId::new).collect(Collectors.toSet());
        if (invited.isEmpty()) {
            return; // an empty set would mean the whole organization
        }
        List<Employee> people = organization.workforce(invited);
        int made = 0;
        for (int i = 0; i < people.size(); i += BATCH) {
            List<Notifier.Delivery> batch = new ArrayList<>();
            for (Employee person : people.subList(i, Math.min(people.size(), i + BATCH))) {
                batch.add(new Notifier.Delivery(Hashes.sha256Hex("results|" + wave.id().value() + "|"
                        + person.id().value()), person.id(), NotificationKind.RESULTS_PUBLISHED,
                        List.of(wave.campaignName()), null, List.of()));
            }
            made += notifier.deliver(batch);
        }
        log.info("Results of wave {} of {} published: {} people notified", wave.slot(), wave.campaignName(), made);
    }

    private static void safely(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("Could not notify ({}); the change itself is kept", what, e);
        }
    }
}
