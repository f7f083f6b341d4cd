package app.symetrie.barometer;

import app.symetrie.backup.WriterPause;
import app.symetrie.barometer.internal.WaveDocument;
import app.symetrie.common.UserFacingException;
import app.symetrie.store.JobLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
            List<String> held = new ArrayList<>();
            try {
                claim(WaveScheduler.LOCK, held);
                for (WaveDocument wave : mongo.find(Query.query(Criteria.where("status")
                        .in(WaveStatus.OPENING, WaveStatus.OPEN, WaveStatus.CLOSING)), WaveDocument.class)) {
                    claim(WaveRelease.lockName(wave.id()), held);
                }
                return work.get();
            } finally {
                held.forEach(locks::release);
            }
        }
    }

    private void claim(String lock, List<String> held) {
        if (!locks.tryClaim(lock, LEASE)) {
            throw new UserFacingException("backup.error.busy");
        }
        held.add(lock);
    }
}
