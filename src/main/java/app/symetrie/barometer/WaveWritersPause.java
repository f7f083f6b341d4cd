package app.symetrie.barometer;

import app.symetrie.backup.WriterPause;
import app.symetrie.barometer.internal.WaveDocument;
import app.symetrie.common.UserFacingException;
import app.symetrie.store.JobLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Pauses the barometer's writers of many documents during a backup (decision 025): no wave is released — its
 * participations forgotten, answers written, ballots emptied — while the backup reads. In this instance the pause
 * holds {@link WaveRelease}'s monitor (a release by hand or by the schedule waits for the backup to end); across
 * instances it holds the schedule's lock and the release lock of every wave not closed yet.
 */
@Component
class WaveWritersPause implements WriterPause {

    /** Long enough for the read of a large store; a lock its holder did not release expires by itself. */
    static final Duration LEASE = Duration.ofMinutes(30);

    private final JobLock locks;
    private final WaveRelease release;
    private final MongoTemplate mongo;

    WaveWritersPause(JobLock locks, WaveRelease release, MongoTemplate mongo) {
        this.locks = locks;
        this.release = release;
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "wave releases";
    }

    @Override
    public <T> T whilePaused(Supplier<T> work) {
        synchronized (release) {
            List<String> names = new ArrayList<>();
            names.add(WaveScheduler.LOCK);
            mongo.find(Query.query(Criteria.where("status").in(WaveStatus.OPENING, WaveStatus.OPEN, WaveStatus.CLOSING)),
                    WaveDocument.class).forEach(wave -> names.add(WaveRelease.lockName(wave.id())));
            AtomicReference<T> result = new AtomicReference<>();
            if (!holdAll(names, 0, () -> result.set(work.get()))) {
                throw new UserFacingException("backup.error.busy");
            }
            return result.get();
        }
    }

    /**
     * Runs {@code work} holding every lock from {@code from} on, each through {@link JobLock#runExclusively}: a
     * scheduler tick of this instance is kept out as well as another instance's, and each lock is released only
     * once the work is done. False when one of them is held elsewhere (nothing ran).
     */
    private boolean holdAll(List<String> names, int from, Runnable work) {
        if (from == names.size()) {
            work.run();
            return true;
        }
        boolean[] inner = {false};
        boolean ran = locks.runExclusively(names.get(from), LEASE, () -> inner[0] = holdAll(names, from + 1, work));
        return ran && inner[0];
    }
}
