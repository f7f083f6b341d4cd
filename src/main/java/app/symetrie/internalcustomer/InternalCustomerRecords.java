package app.symetrie.internalcustomer;

import app.symetrie.barometer.WaveId;
import app.symetrie.organization.DepartmentId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the internal-customer views show: one record per widget, no raters, only figures that may be shown. */
public final class InternalCustomerRecords {

    /** Below this many raters a figure is shown, marked as indicative (as on the boards). */
    public static final int INDICATIVE_BELOW = 10;

    private InternalCustomerRecords() {
    }

    /** A support function: a department of kind SUPPORT not inside another one. */
    public record SupportFunction(DepartmentId id, String name) {
    }

    /** A closed wave, labelled by its opening month. */
    public record WaveRef(WaveId id, String label) {
    }

    /**
     * A 0–100 score with the half-width of its 95 % Student's t interval (NaN under 2 raters), the number of raters
     * behind it, and the share of 4 or 5 (statements only).
     */
    public record Score(double value, double margin, int n, @Nullable Double favourable) {
        public boolean indicative() {
            return n < INDICATIVE_BELOW;
        }
    }

    /** One group of raters' satisfaction: overall, and per service statement shown (code → score). */
    public record Satisfaction(Score overall, Map<String, Score> statements) {
        public Satisfaction {
            statements = Map.copyOf(statements);
        }
    }

    /**
     * A pain point of the raters dissatisfied with a function: the share of them who ticked it, beside the share of
     * all the wave's respondents.
     */
    public record PainShare(String code, String label, double share, double companyShare) {
        /** How much more often the dissatisfied raters tick it than everyone, in percentage points. */
        public double excess() {
            return share - companyShare;
        }
    }

    /**
     * A function's figures for one wave. A null group was not rated by enough people (or would give a smaller group
     * away by subtraction).
     *
     * @param rated        whether the wave has any figures for the function (false: nobody, or too few, rated it)
     * @param dissatisfied raters dissatisfied with it, where their pain points may be shown; else null
     * @param pains        their pain points, most over-represented first
     */
    public record WavePanel(WaveRef wave, int k, boolean rated, @Nullable Satisfaction all,
                            @Nullable Satisfaction frontOffice, @Nullable Satisfaction otherSupport,
                            @Nullable Integer dissatisfied, List<PainShare> pains) {
        public WavePanel {
            pains = List.copyOf(pains);
        }
    }

    /** A support function's internal-customer satisfaction over the closed waves, oldest first. */
    public record Panel(SupportFunction function, List<WavePanel> waves) {
        public Panel {
            waves = List.copyOf(waves);
        }

        public @Nullable WavePanel latest() {
            return waves.isEmpty() ? null : waves.getLast();
        }
    }

    /**
     * A support function on the two axes: its own digital comfort (the DCI of its board, where published) and the
     * satisfaction of those it serves (where shown).
     */
    public record SymmetryPoint(SupportFunction function, @Nullable Double comfort, @Nullable Double satisfaction,
                                @Nullable Integer raters) {
    }

    /** Every support function on the two axes for one closed wave. */
    public record Symmetry(WaveRef wave, List<SymmetryPoint> points, List<WaveRef> waves) {
        public Symmetry {
            points = List.copyOf(points);
            waves = List.copyOf(waves);
        }
    }
}
