package app.symetrie.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.jspecify.annotations.Nullable;

/**
 * The statistical methods behind every board figure, as pure functions on counts, sums and sums of squares
 * ({@code docs/METHODS.md} states them in words, with worked examples). Intervals are 95 % and two-sided.
 */
final class Statistics {

    /** Confidence level of every interval; also the false discovery rate of alerts. */
    static final double LEVEL = 0.95;
    static final double FDR = 0.05;
    /** Below this many answers a figure is shown as indicative. */
    static final int INDICATIVE_BELOW = 10;

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
    private static final int T95_CACHED_UP_TO = 1_000_000;
    private static final ConcurrentHashMap<Integer, Double> T95 = new ConcurrentHashMap<>();

    private Statistics() {
    }

    /** The quantile of Student's t with {@code df} degrees of freedom (df may be fractional: Welch). */
    static double tQuantile(double df, double p) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("degrees of freedom must be positive: " + df);
        }
        return new TDistribution(null, df).inverseCumulativeProbability(p);
    }

    /**
     * Two-sided 95 % critical value of Student's t. An interval's n − 1 is a whole number under the headcount: those
     * values are computed once each (an inverse distribution function is a root search, and a board with many waves
     * and departments asks for hundreds); a fractional df (Welch) is computed every time.
     */
    static double t95(double df) {
        if (df == Math.rint(df) && df >= 1 && df <= T95_CACHED_UP_TO) {
            return T95.computeIfAbsent((int) df, d -> tQuantile(d, 1 - (1 - LEVEL) / 2));
        }
        return tQuantile(df, 1 - (1 - LEVEL) / 2);
    }

    /** Sample variance (n − 1 in the denominator) from a count, a sum and a sum of squares; NaN under 2. */
    static double variance(double n, double sum, double sq) {
        if (n < 2) {
            return Double.NaN;
        }
        return Math.max(0, (sq - sum * sum / n) / (n - 1));
    }

    /** Half-width of the 95 % interval of a mean: t(0.975, n − 1) · s / √n; NaN under 2 answers. */
    static double margin(double n, double sum, double sq) {
        if (n < 2) {
            return Double.NaN;
        }
        return t95(n - 1) * Math.sqrt(variance(n, sum, sq) / n);
    }

    /**
     * Where a group's mean stands against a reference (the company's), beyond noise: +1 when its whole 95 % interval
     * lies above the reference, −1 when below, 0 when the interval holds it (or there is no interval, under 2
     * answers). What the heatmap colours and marks encode.
     */
    static int versus(double mean, double margin, double reference) {
        if (Double.isNaN(mean) || Double.isNaN(margin) || Double.isNaN(reference)) {
            return 0;
        }
        if (mean - margin > reference) {
            return 1;
        }
        return mean + margin < reference ? -1 : 0;
    }

        /** Two-sided p-value of a Student's t statistic. */
    static double tPValue(double t, double df) {
        return 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
    }

    /**
     * Welch's comparison of two means (now − before), each given as count, sum and sum of squares.
     *
     * @return the difference, its 95 % interval, the Welch–Satterthwaite degrees of freedom and the two-sided
     *         p-value; {@code null} when either side has fewer than 2 answers
     */
    static @Nullable Welch welch(double n1, double sum1, double sq1, double n0, double sum0, double sq0) {
        if (n1 < 2 || n0 < 2) {
            return null;
        }
        double a = variance(n1, sum1, sq1) / n1;
        double b = variance(n0, sum0, sq0) / n0;
        double delta = sum1 / n1 - sum0 / n0;
        double se = Math.sqrt(a + b);
        if (se == 0) {
            // Every answer identical on both sides: the difference is exact.
            return new Welch(sum0 / n0, sum1 / n1, delta, delta, delta, n1 + n0 - 2, delta == 0 ? 1 : 0);
        }
        double df = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n0 - 1));
        double half = t95(df) * se;
        return new Welch(sum0 / n0, sum1 / n1, delta, delta - half, delta + half, df, tPValue(delta / se, df));
    }

    /** A Welch comparison: means before and now, their difference with its interval, df and p-value. */
    record Welch(double before, double now, double delta, double low, double high, double df, double pValue) {
    }

    /**
     * Two-sided p-value of the pooled two-proportion z test (x1 of n1 now against x0 of n0 before); 1 when both
     * proportions are 0 or both 1 (nothing to test).
     */
    static double twoProportionPValue(double x1, double n1, double x0, double n0) {
        if (n1 <= 0 || n0 <= 0) {
            return 1;
        }
        double pooled = (x1 + x0) / (n1 + n0);
        double variance = pooled * (1 - pooled) * (1 / n1 + 1 / n0);
        if (variance <= 0) {
            return 1;
        }
        double z = (x1 / n1 - x0 / n0) / Math.sqrt(variance);
        return 2 * NORMAL.cumulativeProbability(-Math.abs(z));
    }

    /**
     * Benjamini–Hochberg at level {@code q}: with the m p-values ranked p(1) ≤ … ≤ p(m), the largest rank i with
     * p(i) ≤ i·q/m and every test ranked up to it are discoveries. Controls the expected share of false alerts
     * among alerts at q (independent or positively dependent tests).
     *
     * @return for each p-value, in the order given, whether it is a discovery
     */
    static boolean[] benjaminiHochberg(List<Double> pValues, double q) {
        int m = pValues.size();
        boolean[] discovered = new boolean[m];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(pValues::get));
        int last = -1;
        for (int rank = 1; rank <= m; rank++) {
            if (pValues.get(order.get(rank - 1)) <= rank * q / m) {
                last = rank;
            }
        }
        for (int rank = 1; rank <= last; rank++) {
            discovered[order.get(rank - 1)] = true;
        }
        return discovered;
    }

    /**
     * The digital eNPS as the mean of a per-respondent score: +100 for a promoter (9–10), 0 for a passive (7–8),
     * −100 for a detractor (0–6). Its value is % promoters − % detractors; its interval is the t interval of that
     * mean, with the sample variance n/(n − 1) · (p + d − (p − d)²) · 100².
     */
    static @Nullable EnpsFigures enps(int promoters, int passives, int detractors) {
        int n = promoters + passives + detractors;
        if (n == 0) {
            return null;
        }
        double p = (double) promoters / n;
        double d = (double) detractors / n;
        double value = (p - d) * 100;
        double margin = Double.NaN;
        if (n >= 2) {
            double variance = (double) n / (n - 1) * (p + d - (p - d) * (p - d)) * 100 * 100;
            margin = t95(n - 1) * Math.sqrt(variance / n);
        }
        return new EnpsFigures(value, margin);
    }

    record EnpsFigures(double value, double margin) {
    }
}
