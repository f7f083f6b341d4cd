package app.symetrie.mirror;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Pearson's correlation between two figures over units (departments), with the 95 % interval of r from Fisher's z
 * transform: z = atanh(r), z ± 1.96 / √(n − 3), back with tanh. Only units with both figures count.
 *
 * @param n    units with both figures
 * @param r    the correlation; null under {@value #MIN_FOR_R} units, or when one figure does not vary
 * @param low  the interval's lower end; null under {@value #MIN_FOR_INTERVAL} units (or without r)
 * @param high its upper end; null likewise
 */
public record Correlation(int n, @Nullable Double r, @Nullable Double low, @Nullable Double high) {

    /** Under this many units, no r is given: two points always lie on a line. */
    public static final int MIN_FOR_R = 3;
    /** Under this many units, Fisher's interval is not defined (1 / √(n − 3)). */
    public static final int MIN_FOR_INTERVAL = 4;
    /** Under this many units, the view says plainly that so few units say little. */
    public static final int FEW_UNITS = 10;

    private static final double Z_975 = 1.959963984540054;

    /** The correlation of {@code xs} and {@code ys}, paired by position; a pair with a null is left out. */
    public static Correlation of(List<@Nullable Double> xs, List<@Nullable Double> ys) {
        if (xs.size() != ys.size()) {
            throw new IllegalArgumentException("xs and ys differ in length: " + xs.size() + " and " + ys.size());
        }
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            Double x = xs.get(i);
            Double y = ys.get(i);
            if (x != null && y != null) {
                pairs.add(new double[] {x, y});
            }
        }
        int n = pairs.size();
        if (n < MIN_FOR_R) {
            return new Correlation(n, null, null, null);
        }
        double meanX = pairs.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double meanY = pairs.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (double[] p : pairs) {
            sxx += (p[0] - meanX) * (p[0] - meanX);
            syy += (p[1] - meanY) * (p[1] - meanY);
            sxy += (p[0] - meanX) * (p[1] - meanY);
        }
        if (sxx <= 0 || syy <= 0) {
            return new Correlation(n, null, null, null);
        }
        double r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
        if (n < MIN_FOR_INTERVAL) {
            return new Correlation(n, r, null, null);
        }
        double z = atanh(r);
        double half = Z_975 / Math.sqrt(n - 3.0);
        return new Correlation(n, r, Math.tanh(z - half), Math.tanh(z + half));
    }

    private static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }

    public boolean few() {
        return n < FEW_UNITS;
    }
}
