package app.symetrie.organization.internal.hris;

import app.symetrie.backup.WriterPause;
import app.symetrie.common.UserFacingException;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Pauses HRIS imports during a backup (decision 025): the backup holds the import lock, so that no import writes
 * its thousands of departments, teams and employees while the backup reads them; an import started meanwhile is
 * refused as busy, as when another import runs.
 */
@Component
class ImportPause implements WriterPause {

    private final ImportLock lock;

    ImportPause(ImportLock lock) {
        this.lock = lock;
    }

    @Override
    public String name() {
        return "HRIS import";
    }

    @Override
    public <T> T whilePaused(Supplier<T> work) {
        String owner = lock.tryClaim().orElseThrow(() -> new UserFacingException("backup.error.busy"));
        try {
            return work.get();
        } finally {
            lock.release(owner);
        }
    }
}
