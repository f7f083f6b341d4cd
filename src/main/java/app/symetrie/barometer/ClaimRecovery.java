package app.symetrie.barometer;

import app.symetrie.barometer.internal.BallotBox;
import app.symetrie.barometer.internal.ParticipationDocument;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes or undoes the submits a crash cut short between their two writes (docs/decisions/019-faults.md). A submit
 * claims the participation with a random value, then casts the ballot under the id the ballot key derives from that
 * value, then clears it. A participation still carrying a claim long after it was made belongs to a submit that
 * died: if its ballot is in the box, the claim is confirmed (the answer counts, once); if not, the ballot's id is
 * voided (a submit that was only slow can then no longer cast it) and the claim given back (the person is not left
 * "already answered" with no answer, and answers again). Runs at start-up, after a short grace
 * for submits still in flight on another instance, and every 30 seconds on claims already seen pending the run before.
 */
@Component
class ClaimRecovery {

    private static final Logger log = LoggerFactory.getLogger(ClaimRecovery.class);

    private final MongoTemplate mongo;
    private final BallotBox box;
    private final Duration grace;
    private Set<String> seenBefore = Set.of();

    ClaimRecovery(MongoTemplate mongo, BallotBox box,
                  @Value("${symetrie.barometer.claim-grace:PT2S}") Duration grace) {
        this.mongo = mongo;
        this.box = box;
        this.grace = grace;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        try {
            List<ParticipationDocument> pending = pending();
            if (pending.isEmpty()) {
                return;
            }
            Thread.sleep(grace);
            repair(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Barometer: interrupted submits not checked at start ({}); the next run will", e.toString());
        }
    }

    @Scheduled(fixedDelayString = "${symetrie.barometer.claim-recovery-delay:PT30S}", initialDelayString = "PT30S")
    synchronized void tick() {
        try {
            List<ParticipationDocument> pending = pending();
            List<ParticipationDocument> stale = pending.stream().filter(p -> seenBefore.contains(p.pending()))
                    .toList();
            repair(stale);
            Set<String> seen = new HashSet<>();
            pending.stream().filter(p -> !stale.contains(p)).forEach(p -> seen.add(p.pending()));
            seenBefore = seen;
        } catch (RuntimeException e) {
            log.warn("Barometer: interrupted submits not checked ({}); the next run will", e.toString());
        }
    }

    /**
     * The participations carrying a claim. A record read while its submit clears the claim can come back without it
     * (the embedded server matches and then reads the document): it is no claim, and is left out — one such record
     * made every run fail until it was seen.
     */
    List<ParticipationDocument> pending() {
        return mongo.find(Query.query(Criteria.where("pending").exists(true)), ParticipationDocument.class).stream()
                .filter(p -> p.pending() != null).toList();
    }

    /** @return how many claims were confirmed and how many given back */
    int[] repair(List<ParticipationDocument> claims) {
        int confirmed = 0;
        int givenBack = 0;
        for (ParticipationDocument p : claims) {
            String claim = p.pending();
            if (claim == null) {
                continue;
            }
            Query same = Query.query(Criteria.where("_id").is(p.id()).and("pending").is(claim));
            if (box.castOrVoid(p.waveId(), claim)) {
                confirmed += (int) mongo.updateFirst(same, new Update().unset("pending"), ParticipationDocument.class)
                        .getModifiedCount();
            } else {
                givenBack += (int) mongo.updateFirst(same, new Update().set("done", false).set("kiosk", false)
                        .unset("pending"), ParticipationDocument.class).getModifiedCount();
            }
        }
        if (confirmed + givenBack > 0) {
            log.warn("Barometer: {} submit(s) interrupted by a crash were finished (their answer was stored) and {} "
                    + "undone (the person can answer again)", confirmed, givenBack);
        }
        return new int[] {confirmed, givenBack};
    }
}
