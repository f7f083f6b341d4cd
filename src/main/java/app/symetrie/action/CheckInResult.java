package app.symetrie.action;

import org.apache.commons.math3.distribution.TDistribution;
import org.jspecify.annotations.Nullable;

/**
 * The answer to an action's check-in ("is this making a difference?", 1–5), as a closed check-in publishes it: the
 * mean of n answers with the half-width of its 95 % Student's t interval — only when n reaches the threshold k, as
 * for the barometer; under it, nothing but "too few answers" (not even n).
 *
 * @param n      answers, null when under k
 * @param mean   mean on 1–5, null when under k
 * @param margin half-width of the 95 % interval of the mean, null when under k
 */
public record CheckInResult(int k, @Nullable Integer n, @Nullable Double mean, @Nullable Double margin) {

    public boolean shown() {
        return n != null && mean != null && margin != null;
    }

    /** From a count, a sum and a sum of squares of 1–5 answers. */
    public static CheckInResult of(int k, int n, double sum, double sumOfSquares) {
        if (n < k || n < 2) {
            return tooFew(k);
        }
        double mean = sum / n;
        double variance = Math.max(0, (sumOfSquares - sum * sum / n) / (n - 1));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
        return new CheckInResult(k, n, mean, t * Math.sqrt(variance / n));
    }

    public static CheckInResult tooFew(int k) {
        return new CheckInResult(k, null, null, null);
    }

    /** The interval's bounds, kept within the 1–5 scale. */
    public double low() {
        return shown() && mean != null && margin != null ? Math.max(1, mean - margin) : Double.NaN;
    }

    public double high() {
        return shown() && mean != null && margin != null ? Math.min(5, mean + margin) : Double.NaN;
    }
}
