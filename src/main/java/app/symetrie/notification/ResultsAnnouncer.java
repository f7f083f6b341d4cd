package app.symetrie.notification;

import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Wave;
import app.symetrie.common.Hashes;
import app.symetrie.notification.internal.AnnouncedWaveDocument;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.store.JobLock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells everyone a closed wave invited that its results are published — whether they answered or not (nobody knows
 * any more), whatever their department's figures show or hide — with the campaign's name and a link to the boards,
 * and nothing else (docs/ANONYMITY.md). A scheduled job, after the release rather than inside it: the close's own
 * writes name nobody, and thousands of notifications and e-mails never hold a release (and its lock) up. Each person's
 * notification has an id made from the wave and the person, so a run cut short and run again (or two instances)
 * makes it once; the wave is marked announced only when all are made.
 */
@Component
class ResultsAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(ResultsAnnouncer.class);
    static final String LOCK = "results-announcer";
    /** People notified per round trip. */
    static final int BATCH = 500;
    /** A wave whose last day is older than this is not announced (an import, the demo's history: no news). */
    static final int STALE_DAYS = 7;

    private final Notifier notifier;
    private final CampaignService campaigns;
    private final OrganizationService organization;
    private final MongoTemplate mongo;
    private final JobLock lock;
    private final Clock clock;

    ResultsAnnouncer(Notifier notifier, CampaignService campaigns, OrganizationService organization,
                     MongoTemplate mongo, JobLock lock, Clock clock) {
        this.notifier = notifier;
        this.campaigns = campaigns;
        this.organization = organization;
        this.mongo = mongo;
        this.lock = lock;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${symetrie.notification.results-delay:PT1M}",
            initialDelayString = "${symetrie.notification.results-initial-delay:PT20S}")
    void run() {
        try {
            lock.runExclusively(LOCK, Duration.ofMinutes(10), this::announceDue);
        } catch (RuntimeException e) {
            log.error("Could not announce published results; the next run will", e);
        }
    }

    /** Announces every recently closed wave not announced yet. @return how many waves were announced */
    int announceDue() {
        LocalDate today = LocalDate.now(clock);
        List<Wave> recent = campaigns.closedWavesClosingSince(today.minusDays(STALE_DAYS));
        if (recent.isEmpty()) {
            return 0;
        }
        Set<String> announced = new HashSet<>();
        mongo.find(Query.query(Criteria.where("_id").in(recent.stream().map(w -> w.id().value()).toList())),
                AnnouncedWaveDocument.class).forEach(a -> announced.add(a.waveId()));
        int waves = 0;
        for (Wave wave : recent) {
            if (announced.contains(wave.id().value())) {
                continue;
            }
            int made = announce(wave);
            try {
                mongo.insert(new AnnouncedWaveDocument(wave.id().value(), clock.instant()));
            } catch (DuplicateKeyException otherInstance) {
                // announced meanwhile elsewhere: the notifications' ids made each one once
            }
            log.info("Results of wave {} of {} published: {} people notified", wave.slot(), wave.campaignName(),
                    made);
            waves++;
        }
        return waves;
    }

    private int announce(Wave wave) {
        Set<DepartmentId> invited = wave.invited().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey).map(DepartmentId::new).collect(Collectors.toSet());
        if (invited.isEmpty()) {
            return 0; // an empty set would mean the whole organization
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
        return made;
    }
}
