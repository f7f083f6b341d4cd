package app.symetrie.backup;

import java.util.function.Supplier;

/**
 * A module's writer that changes several documents in one go (a wave's release, an HRIS import) and that a backup
 * must not read beside: the backup runs inside {@link #whilePaused}, which holds that writer's locks — in this
 * instance and across instances — for the time of the read. A writer that starts meanwhile waits, or leaves its work
 * to its next run, as it does when another instance holds the lock.
 */
public interface WriterPause {

    /** What is paused, for the log and the refusal message ("wave releases", "HRIS import"). */
    String name();

    /**
     * Runs {@code work} while the writer cannot run, and returns its result.
     *
     * @throws app.symetrie.common.UserFacingException {@code backup.error.busy} when the writer is running now
     *                                                  (another instance holds its lock)
     */
    <T> T whilePaused(Supplier<T> work);
}
