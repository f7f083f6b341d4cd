package app.symetrie.privacy;

import java.time.Instant;

/**
 * One kind of data with a retention period ({@code symetrie.retention.<kind>}), implemented in the module that holds
 * it and applied daily by {@link RetentionJob}.
 */
public interface RetainedData {

    /** The setting's name under {@code symetrie.retention}, e.g. {@code answers}. */
    String kind();

    /** Deletes (or strips of their personal content) the records older than {@code cutoff}; returns how many. */
    long purgeBefore(Instant cutoff);
}
