package app.symetrie.organization.internal.hris;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, rolls back any import a crash left half applied, and records it in the audit log for the
 * administrators. The lock of an import that died stays claimed until it is stale (about a minute without its
 * heartbeat, {@link ImportLock#STALE}); meanwhile it may also be a live import of another instance, so the recovery
 * retries every few seconds until it gets the lock, rather than undo live work or wait for the next import.
 */
@Component
class ImportRecoveryAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRecoveryAtStartup.class);

    private final ImportLock lock;
    private final ImportRollback rollback;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("import-recovery").factory());

    ImportRecoveryAtStartup(ImportLock lock, ImportRollback rollback) {
        this.lock = lock;
        this.rollback = rollback;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!attempt()) {
            log.warn("An HRIS import holds the import lock (another instance, or one that died less than {} ago): "
                    + "an interrupted import will be rolled back as soon as its lock is stale", ImportLock.STALE);
            retries.scheduleWithFixedDelay(() -> {
                if (attempt()) {
                    retries.shutdown();
                }
            }, 5, 5, TimeUnit.SECONDS);
        }
    }

    /** @return whether the recovery ran (it had the lock) */
    boolean attempt() {
        try {
            var owner = lock.tryClaim();
            if (owner.isEmpty()) {
                return false;
            }
            try {
                rollback.recoverInterrupted();
            } finally {
                lock.release(owner.get());
            }
            return true;
        } catch (RuntimeException storeUnavailable) {
            log.warn("HRIS import recovery not run yet ({}): retrying", storeUnavailable.toString());
            return false;
        }
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
    }
}
