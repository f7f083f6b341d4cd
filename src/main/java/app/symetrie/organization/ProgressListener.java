package app.symetrie.organization;

/**
 * Told how far a long import step has gone. The preview counts bytes of the file read; the commit counts lines
 * written. Called from the thread doing the work, a few dozen times per file, never more than once per chunk.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> {
    };

    void progress(long done, long total);
}
