package app.symetrie.security.internal;

import app.symetrie.common.Hashes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters in MongoDB (so that every instance counts together): at most {@code limit} attempts per key
 * and window. One atomic upsert-and-increment per attempt; keys are hashed. Sign-in links count every request
 * ({@link #tryAcquire}); the password form counts failures ({@link #count}) and refuses once too many
 * ({@link #exceeded}), whether or not the address has an account.
 */
@Component
public class SignInThrottle {

    private final MongoTemplate mongo;
    private final Clock clock;

    SignInThrottle(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Counts one attempt; false when the key already used up its window's allowance. */
    public boolean tryAcquire(String kind, String key, int limit, Duration window) {
        return add(kind, key, window) <= limit;
    }

    /** Counts one attempt and returns how many this key made in the current window, this one included. */
    public int add(String kind, String key, Duration window) {
        Instant now = clock.instant();
        long start = windowStart(now, window);
        Instant end = Instant.ofEpochMilli(start + window.toMillis());
        mongo.remove(Query.query(Criteria.where("expiresAt").lte(now)), ThrottleDocument.class);
        ThrottleDocument counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(id(kind, key, start))),
                new Update().inc("count", 1).setOnInsert("expiresAt", end),
                FindAndModifyOptions.options().upsert(true).returnNew(true), ThrottleDocument.class);
        return counter == null ? Integer.MAX_VALUE : counter.count();
    }

    /** Whether {@code key} already reached {@code limit} in the current window, without counting anything. */
    public boolean exceeded(String kind, String key, int limit, Duration window) {
        Instant now = clock.instant();
        ThrottleDocument counter = mongo.findById(id(kind, key, windowStart(now, window)), ThrottleDocument.class);
        return counter != null && counter.expiresAt().isAfter(now) && counter.count() >= limit;
    }

    /** How many attempts this key made in the current window, without counting one. */
    public int count(String kind, String key, Duration window) {
        long start = windowStart(clock.instant(), window);
        ThrottleDocument counter = mongo.findById(id(kind, key, start), ThrottleDocument.class);
        return counter == null ? 0 : counter.count();
    }

    private static long windowStart(Instant now, Duration window) {
        return now.toEpochMilli() / window.toMillis() * window.toMillis();
    }

    private static String id(String kind, String key, long start) {
        return kind + ":" + Hashes.sha256Hex(key) + ":" + start;
    }
}
