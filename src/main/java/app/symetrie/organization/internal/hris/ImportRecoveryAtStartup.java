package app.symetrie.organization.internal.hris;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, rolls back any import a crash left half applied. Another instance may be importing right now: the
 * recovery then waits for the next import (which recovers before it starts) rather than undo live work.
 */
@Component
class ImportRecoveryAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRecoveryAtStartup.class);

    private final ImportLock lock;
    private final ImportRollback rollback;

    ImportRecoveryAtStartup(ImportLock lock, ImportRollback rollback) {
        this.lock = lock;
        this.rollback = rollback;
    }

    @Override
    public void run(ApplicationArguments args) {
        var owner = lock.tryClaim();
        if (owner.isEmpty()) {
            log.warn("An HRIS import holds the import lock (another instance, or a crash less than {} ago): "
                    + "interrupted imports will be rolled back by the next import", ImportLock.STALE);
            return;
        }
        try {
            rollback.recoverInterrupted();
        } finally {
            lock.release(owner.get());
        }
    }
}
