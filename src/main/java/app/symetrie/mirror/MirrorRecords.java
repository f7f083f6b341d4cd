package app.symetrie.mirror;

import app.symetrie.barometer.WaveId;
import app.symetrie.organization.DepartmentId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the customer-mirror view shows: one record per widget, only figures already published or imported. */
public final class MirrorRecords {

    private MirrorRecords() {
    }

    /** A stored figure with its department's name, for the list of figures. */
    public record StoredFigure(CustomerFigure figure, String departmentName) {
    }

    /** A closed wave and the quarter it stands for: the quarter its close date falls in. */
    public record WaveChoice(WaveId id, String label, Quarter period) {
    }

    /** One quarter of a department's trend: its published comfort index and its customer figure, where they exist. */
    public record TimePoint(Quarter period, @Nullable Double comfort, @Nullable Double customer) {
    }

    /** A front-office department's comfort and customer satisfaction over the quarters of {@link Mirror#timeline}. */
    public record DepartmentTrend(DepartmentId id, String name, List<TimePoint> points) {
        public DepartmentTrend {
            points = List.copyOf(points);
        }

        public boolean hasCustomerFigures() {
            return points.stream().anyMatch(p -> p.customer() != null);
        }
    }

    /** A department on the scatter: its comfort (x) and the figure it is compared with (y), where they exist. */
    public record Point(DepartmentId id, String name, @Nullable Double comfort, @Nullable Double other) {
        public boolean complete() {
            return comfort != null && other != null;
        }
    }

    /** Points and their correlation (over the complete points). */
    public record Scatter(List<Point> points, Correlation correlation) {
        public Scatter {
            points = List.copyOf(points);
        }
    }

    /**
     * The customer mirror for one measure and one closed wave.
     *
     * @param kinds          the measures that have figures (the chosen one first if it has none)
     * @param waves          the closed waves that stand for a quarter, oldest first
     * @param wave           the wave whose comfort the scatters place across; null when no wave is closed
     * @param lag            whether customer figures are taken one quarter later than the comfort
     * @param customerPeriod the quarter of the customer figures on the scatter; null without a wave
     * @param timeline       the quarters of the trends, oldest first
     * @param trends         every front-office department's trend
     * @param customers      front-office departments: comfort against customer figures
     * @param supportWave    the wave whose internal-customer satisfaction the support scatter shows (the next wave
     *                       with the lag); null when there is none
     * @param support        support functions: own comfort against the satisfaction of those they serve
     */
    public record Mirror(List<MeasureKind> kinds, MeasureKind kind, List<WaveChoice> waves, @Nullable WaveChoice wave,
                         boolean lag, @Nullable Quarter customerPeriod, List<Quarter> timeline,
                         List<DepartmentTrend> trends, Scatter customers, @Nullable WaveChoice supportWave,
                         Scatter support) {
        public Mirror {
            kinds = List.copyOf(kinds);
            waves = List.copyOf(waves);
            timeline = List.copyOf(timeline);
            trends = List.copyOf(trends);
        }
    }
}
