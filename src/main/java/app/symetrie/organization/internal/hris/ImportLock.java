package app.symetrie.organization.internal.hris;

import app.symetrie.common.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Only one import writes at a time. The lock is claimed with one atomic {@code findAndModify} (no transaction
 * needed), refreshed after every chunk, released in {@code finally}; a lock not refreshed for {@link #STALE} is
 * taken to belong to a process that died, and can be claimed again.
 */
@Component
public class ImportLock {

    static final String ID = "hris-import";
    static final Duration STALE = Duration.ofMinutes(30);

    private final MongoTemplate mongo;
    private final Clock clock;

    ImportLock(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
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
        return claimed != null && owner.equals(claimed.owner()) ? Optional.of(owner) : Optional.empty();
    }

    public void heartbeat(String owner) {
        mongo.updateFirst(mine(owner), new Update().set("heartbeatAt", clock.instant()), ImportLockDocument.class);
    }

    public void release(String owner) {
        mongo.updateFirst(mine(owner), new Update().set("locked", false).unset("owner"), ImportLockDocument.class);
    }

    private static Query mine(String owner) {
        return Query.query(Criteria.where("_id").is(ID).and("owner").is(owner));
    }
}
