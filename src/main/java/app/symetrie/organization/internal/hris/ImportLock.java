package app.symetrie.organization.internal.hris;

import app.symetrie.common.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PreDestroy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Only one import writes at a time. The lock is claimed with one atomic {@code findAndModify} (no transaction
 * needed) and released in {@code finally}. While held, its holder refreshes it every {@link #BEAT} from a thread of
 * its own (not the shared scheduler, which a long task could hold up), so a lock not refreshed for {@link #STALE}
 * belongs to a process that died, and can be claimed again: an import a crash cut short is rolled back about a
 * minute after it died, not 30 minutes later (docs/decisions/019-faults.md).
 */
@Component
public class ImportLock {

    static final String ID = "hris-import";
    static final Duration BEAT = Duration.ofSeconds(5);
    static final Duration STALE = Duration.ofMinutes(1);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("import-lock-heartbeat").factory());

    ImportLock(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        beat.scheduleWithFixedDelay(this::beat, BEAT.toMillis(), BEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beat() {
        for (String owner : held) {
            try {
                heartbeat(owner);
            } catch (RuntimeException storeUnavailable) {
                // the next beat tries again; the import itself fails on the same store
            }
        }
    }

    @PreDestroy
    void stop() {
        beat.shutdownNow();
    }

    /** A token for {@link #heartbeat} and {@link #release}, or empty when another import holds the lock. */
    public Optional<String> tryClaim() {
        try {
            mongo.insert(new ImportLockDocument(ID, false, null, null));
        } catch (DuplicateKeyException alreadyThere) {
            // the usual case: the lock document exists
        }
        Instant now = clock.instant();
        String owner = Ids.random();
        Query free = Query.query(Criteria.where("_id").is(ID).orOperator(
                Criteria.where("locked").is(false),
                Criteria.where("heartbeatAt").lt(now.minus(STALE))));
        Update claim = new Update().set("locked", true).set("owner", owner).set("heartbeatAt", now);
        ImportLockDocument claimed = mongo.findAndModify(free, claim, FindAndModifyOptions.options().returnNew(true),
                ImportLockDocument.class);
        if (claimed != null && owner.equals(claimed.owner())) {
            held.add(owner);
            return Optional.of(owner);
        }
        return Optional.empty();
    }

    public void heartbeat(String owner) {
        mongo.updateFirst(mine(owner), new Update().set("heartbeatAt", clock.instant()), ImportLockDocument.class);
    }

    public void release(String owner) {
        held.remove(owner);
        mongo.updateFirst(mine(owner), new Update().set("locked", false).unset("owner"), ImportLockDocument.class);
    }

    private static Query mine(String owner) {
        return Query.query(Criteria.where("_id").is(ID).and("owner").is(owner));
    }
}
