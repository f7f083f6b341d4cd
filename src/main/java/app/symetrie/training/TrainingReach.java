package app.symetrie.training;

import java.time.Instant;

/**
 * Training reach of a group of departments (docs/PRODUCT.md): distinct people enrolled (not waiting, not
 * cancelled) in sessions **held** — ended — in the 12 months before a date, over the group's current headcount;
 * people enrolled in sessions not held yet at that date are counted apart, never in the reach.
 *
 * @param from      start of the 12 months
 * @param to        the date asked about (a wave's close, or now)
 * @param headcount the group's people now
 * @param held      distinct people enrolled in a session held in [from, to]
 * @param upcoming  distinct people enrolled in a session not held yet at {@code to}
 */
public record TrainingReach(Instant from, Instant to, long headcount, int held, int upcoming) {

    /** held / headcount, 0 for an empty group. */
    public double share() {
        return TrainingIndicators.share(held, headcount);
    }
}
