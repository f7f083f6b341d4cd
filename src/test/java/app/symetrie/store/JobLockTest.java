package app.symetrie.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The lock that lets one application instance at a time run a scheduled job, on the embedded server over the wire.
 * Each {@link JobLock} is one application instance (its own owner id); they share the store and a clock.
 */
class JobLockTest {

    static final String JOB = "barometer-schedule";
    static final Duration TTL = Duration.ofMinutes(5);

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        volatile Instant now = Instant.parse("2026-03-02T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    EmbeddedMongo server;
    MongoClient client;
    MongoTemplate mongo;
    final MovingClock clock = new MovingClock();

    @BeforeEach
    void store() {
        server = EmbeddedMongo.start(EmbeddedStoreProperties.privateStore(null, true));
        client = StoreClients.ownClient(server);
        mongo = new MongoTemplate(client, "symetrie");
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    JobLock instance() {
        return new JobLock(mongo, clock);
    }

    Document lockDocument() {
        return mongo.getCollection(JobLock.COLLECTION).find(new Document("_id", JOB)).first();
    }

    @Test
    void a_second_instance_is_refused_while_the_first_holds_the_lock_and_gets_it_once_released() {
        JobLock first = instance();
        JobLock second = instance();
        assertThat(first.tryClaim(JOB, TTL)).isTrue();
        assertThat(second.tryClaim(JOB, TTL)).isFalse();
        clock.advance(TTL.minusSeconds(1));
        assertThat(second.tryClaim(JOB, TTL)).as("still within the lease").isFalse();

        first.release(JOB);
        assertThat(second.tryClaim(JOB, TTL)).isTrue();
        assertThat(first.tryClaim(JOB, TTL)).isFalse();
        assertThat(mongo.getCollection(JobLock.COLLECTION).countDocuments()).as("one document per job").isEqualTo(1);
    }

    @Test
    void instances_starting_together_elect_exactly_one() throws Exception {
        int instances = 8;
        List<JobLock> locks = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            locks.add(instance());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (JobLock lock : locks) {
                claims.add(pool.submit((Callable<Boolean>) () -> {
                    start.await();
                    return lock.tryClaim(JOB, TTL);
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_job_runs_on_one_instance_only_while_another_instance_runs_it() throws Exception {
        JobLock first = instance();
        JobLock second = instance();
        AtomicInteger runs = new AtomicInteger();
        boolean[] secondRan = new boolean[1];
        boolean firstRan = first.runExclusively(JOB, TTL, () -> {
            runs.incrementAndGet();
            secondRan[0] = second.runExclusively(JOB, TTL, runs::incrementAndGet);
        });
        assertThat(firstRan).isTrue();
        assertThat(secondRan[0]).as("the other instance skips its turn").isFalse();
        assertThat(runs).hasValue(1);
        assertThat(second.runExclusively(JOB, TTL, runs::incrementAndGet)).as("free again once done").isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void a_lock_whose_holder_died_is_taken_over_after_its_lease_and_the_dead_holder_cannot_free_it() {
        JobLock crashed = instance();
        assertThat(crashed.tryClaim(JOB, TTL)).isTrue(); // and never released: the instance died
        JobLock survivor = instance();
        clock.advance(TTL);
        assertThat(survivor.tryClaim(JOB, TTL)).as("a stale lock is taken over").isTrue();
        assertThat(lockDocument().getDate("lockedUntil").toInstant()).isEqualTo(clock.instant().plus(TTL));

        crashed.release(JOB); // the old holder comes back and releases what it thinks is its lock
        assertThat(instance().tryClaim(JOB, TTL)).as("the new holder keeps it").isFalse();
        assertThat(crashed.tryClaim(JOB, TTL)).isFalse();
    }

    @Test
    void a_job_that_throws_releases_the_lock() {
        JobLock first = instance();
        try {
            first.runExclusively(JOB, TTL, () -> {
                throw new IllegalStateException("store down");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("store down");
        }
        assertThat(instance().tryClaim(JOB, TTL)).as("the next tick may run").isTrue();
    }

    @Test
    void the_holder_claiming_again_extends_its_lease_instead_of_being_refused() {
        JobLock holder = instance();
        assertThat(holder.tryClaim(JOB, TTL)).isTrue();
        clock.advance(Duration.ofMinutes(4));
        assertThat(holder.tryClaim(JOB, TTL)).as("re-entry by the same instance").isTrue();
        assertThat(lockDocument().getDate("lockedUntil").toInstant()).isEqualTo(clock.instant().plus(TTL));
        clock.advance(Duration.ofMinutes(4));
        assertThat(instance().tryClaim(JOB, TTL)).as("the extended lease still holds 8 minutes after the first claim")
                .isFalse();
    }

    @Test
    void locks_of_different_jobs_are_independent() {
        JobLock first = instance();
        JobLock second = instance();
        assertThat(first.tryClaim(JOB, TTL)).isTrue();
        assertThat(second.tryClaim("release:w1", TTL)).isTrue();
        assertThat(second.tryClaim(JOB, TTL)).isFalse();
    }

    @Test
    void two_threads_of_one_instance_do_not_run_the_same_job_at_once() throws Exception {
        JobLock lock = instance();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        Thread first = Thread.ofPlatform().start(() -> lock.runExclusively(JOB, TTL, () -> {
            runs.incrementAndGet();
            inside.countDown();
            try {
                letGo.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        inside.await();

        boolean ranToo = lock.runExclusively(JOB, TTL, runs::incrementAndGet);
        letGo.countDown();
        first.join();

        assertThat(ranToo).as("a scheduler tick while a lead's close runs the same job").isFalse();
        assertThat(runs).hasValue(1);
        assertThat(lock.runExclusively(JOB, TTL, runs::incrementAndGet)).as("free again once it finished").isTrue();
    }

    @Test
    void a_nested_run_of_the_same_job_keeps_the_lock_until_the_outer_run_ends() {
        JobLock lock = instance();
        JobLock other = instance();
        AtomicInteger nested = new AtomicInteger();
        lock.runExclusively(JOB, TTL, () -> {
            assertThat(lock.runExclusively(JOB, TTL, nested::incrementAndGet)).isTrue();
            assertThat(other.tryClaim(JOB, TTL)).as("the outer run still holds it").isFalse();
        });
        assertThat(nested).hasValue(1);
        assertThat(other.tryClaim(JOB, TTL)).isTrue();
    }
}
