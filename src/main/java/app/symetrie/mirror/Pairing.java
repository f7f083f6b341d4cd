package app.symetrie.mirror;

import app.symetrie.mirror.MirrorRecords.Point;
import app.symetrie.mirror.MirrorRecords.Scatter;
import app.symetrie.organization.Department;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How waves meet quarters (docs/decisions/035-customer-mirror.md): a closed wave stands for the quarter its close date
 * falls in — when two waves close in the same quarter, the later one; with the lag, its comfort is set beside the
 * customer figures of the next quarter.
 */
final class Pairing {

    private Pairing() {
    }

    /** The wave standing for each quarter, by close date; the later closing wave wins a quarter. */
    static <W> SortedMap<Quarter, W> byQuarter(List<W> waves, Function<W, LocalDate> closesOn) {
        SortedMap<Quarter, W> byQuarter = new TreeMap<>();
        for (W wave : waves) {
            byQuarter.merge(Quarter.of(closesOn.apply(wave)), wave,
                    (kept, other) -> closesOn.apply(other).isAfter(closesOn.apply(kept)) ? other : kept);
        }
        return byQuarter;
    }

    /** The quarter of the customer figures set beside the comfort of {@code comfortPeriod}. */
    static Quarter customerPeriod(Quarter comfortPeriod, boolean lag) {
        return lag ? comfortPeriod.next() : comfortPeriod;
    }

    /**
     * The departments with at least one of the two figures, in the order given, and the correlation over those with
     * both.
     *
     * @param comfort by department id
     * @param other   by department id
     */
    static Scatter scatter(List<Department> departments, Map<String, Double> comfort, Map<String, Double> other) {
        List<Point> points = new ArrayList<>();
        for (Department d : departments) {
            Double x = comfort.get(d.id().value());
            Double y = other.get(d.id().value());
            if (x != null || y != null) {
                points.add(new Point(d.id(), d.name(), x, y));
            }
        }
        return new Scatter(points, Correlation.of(points.stream().<@Nullable Double>map(Point::comfort).toList(),
                points.stream().<@Nullable Double>map(Point::other).toList()));
    }
}
