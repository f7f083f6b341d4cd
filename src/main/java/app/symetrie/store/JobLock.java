package app.symetrie.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Lets one application instance at a time run a scheduled job: an atomic {@code findAndModify} on a lock document
 * (ShedLock's Mongo provider is not available here). A lock that its holder did not release expires by itself.
 */
@Component
public class JobLock {

    static final String COLLECTION = "job_locks";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String owner = java.util.UUID.randomUUID().toString();
    private final Map<String, ReentrantLock> locals = new ConcurrentHashMap<>();

    JobLock(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Claims {@code name} for at most {@code ttl}; false when another instance holds it. */
    public boolean tryClaim(String name, Duration ttl) {
        Instant now = clock.instant();
        Query free = new Query(Criteria.where("_id").is(name).orOperator(
                Criteria.where("lockedUntil").lte(now), Criteria.where("owner").is(owner)));
        Update claim = new Update().set("lockedUntil", now.plus(ttl)).set("owner", owner);
        try {
            Document previous = mongo.findAndModify(free, claim,
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
            return previous != null;
        } catch (DuplicateKeyException heldByAnotherInstance) {
            return false;
        }
    }

    public void release(String name) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(name).and("owner").is(owner)),
                new Update().set("lockedUntil", clock.instant()), COLLECTION);
    }

    /**
     * Runs {@code job} if the lock can be claimed; returns whether it ran. The lock document names the instance, so
     * within an instance a local lock per name keeps two threads (a lead's "close now" and the scheduler closing the
     * same wave) from both running it; the same thread may re-enter, and only its outermost call releases.
     */
    public boolean runExclusively(String name, Duration ttl, Runnable job) {
        ReentrantLock local = locals.computeIfAbsent(name, n -> new ReentrantLock());
        if (!local.tryLock()) {
            return false;
        }
        try {
            boolean outermost = local.getHoldCount() == 1;
            if (outermost && !tryClaim(name, ttl)) {
                return false;
            }
            try {
                job.run();
                return true;
            } finally {
                if (outermost) {
                    release(name);
                }
            }
        } finally {
            local.unlock();
        }
    }
}
