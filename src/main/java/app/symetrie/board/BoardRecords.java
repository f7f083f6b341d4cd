package app.symetrie.board;

import app.symetrie.barometer.WaveId;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The figures boards show. A null figure means "hidden" (group under the anonymity threshold) or "no data". */
public final class BoardRecords {

    private BoardRecords() {
    }

    /** A closed (or open) wave as boards label it. */
    public record WaveRef(WaveId id, String label, LocalDate opensOn, LocalDate closesOn) {
    }

    /**
     * A 0–100 score with the half-width of its 95 % Student's t interval (NaN under 2 answers), the number of answers
     * behind it and, for dimensions and statements, the favourable share (answers of 4 or 5; null where it does not
     * apply).
     */
    public record Score(double value, double margin, int n, @Nullable Double favourable) {
        /** Fewer than 10 answers: the figure is shown, marked as indicative. */
        public boolean indicative() {
            return n < Statistics.INDICATIVE_BELOW;
        }
    }

    /**
     * A change between two waves (now − before) with its own 95 % Welch interval and degrees of freedom, and the
     * p-value of Welch's test. {@code significant}: called a change after controlling the false discovery rate across
     * the wave's departments and indicators (docs/METHODS.md), not merely because the interval excludes 0.
     */
    public record Change(double before, double now, double delta, double low, double high, double df,
                         double pValue, boolean significant) {

        /** −1 down, +1 up, 0 when the change is within the noise. */
        public int direction() {
            return significant ? (delta > 0 ? 1 : -1) : 0;
        }
    }

    /**
     * The digital eNPS: % promoters (9–10) − % detractors (0–6), rounded to an integer, with the half-width of its
     * 95 % interval and the split behind it.
     */
    public record Enps(int value, double margin, int n, int promoters, int passives, int detractors) {
        /** Fewer than 10 answers: the split says more than the score. */
        public boolean indicative() {
            return n < Statistics.INDICATIVE_BELOW;
        }
    }

    /** A statement's score (0–100, from its 1–5 answers) and favourable share, for the drill-down of a dimension. */
    public record StatementScore(String code, String dimensionCode, String label, Score score) {
    }

    /** One wave of a trend: the unit's value and its references. */
    public record TrendPoint(WaveRef wave, @Nullable Double value, @Nullable Double company,
                             @Nullable Double sameKind) {
    }

    /** A named series of trend points (DCI or a dimension). */
    public record Trend(String code, String label, List<TrendPoint> points) {
    }

    /** A tool's adoption in the wave, with the previous wave for comparison. */
    public record ToolRow(String code, String label, double weeklyShare, double dailyShare,
                          @Nullable Double comfort, @Nullable Double previousWeeklyShare,
                          Map<WaveId, Double> weeklyShareByWave) {
        public boolean isNew() {
            return previousWeeklyShare == null;
        }
    }

    /**
     * A pain point's prevalence now and in the previous wave; {@code pValue} is the two-proportion test of the change
     * and {@code significant} says whether it survived the control of the false discovery rate (the ▲▼ arrows).
     */
    public record PainRow(String code, String label, double prevalence, @Nullable Double previous,
                          Map<WaveId, Double> prevalenceByWave, @Nullable Double pValue, boolean significant) {
        public @Nullable Double delta() {
            return previous == null ? null : prevalence - previous;
        }
    }

    /** A team of the department, only when it can be shown (size and differencing). */
    public record TeamRow(String name, int n, double dci) {
    }

    /**
     * A sub-department in its parent's breakdown, on its whole subtree, only when the wave's decision shows it (size
     * and differencing, like a team).
     */
    public record PartRow(DepartmentId departmentId, String name, int n, double dci) {
    }

    /**
     * A department's board for one wave, on its whole subtree (its own people and every sub-department's, at any
     * depth): what is said whether or not the wave shows the group (its name, the wave, the threshold, how many were
     * invited, the trends of the waves up to this one) and its {@link Figures}: {@link Shown} or {@link Hidden}.
     */
    public record DepartmentBoard(DepartmentId departmentId, String name, DepartmentKind kind, WaveRef wave,
                                  int k, int invited, int kComments, List<Trend> trends, List<WaveRef> waves,
                                  Figures figures) {

        /** What the board shows of its wave. */
        public sealed interface Figures permits Shown, Hidden {
        }

        /**
         * The group is not shown in this wave (fewer than k answers, or hidden by the wave's decision so that no
         * smaller group can be deduced): no figure, no count of answers, no comment — nothing to hold one.
         */
        public record Hidden() implements Figures {
        }

        /**
         * The group's figures, with its direct sub-departments as a breakdown beside its teams;
         * {@code comparisons}: how many comparisons of this wave with the previous one the false-discovery control
         * covered (0 for a first wave); {@code comments}: null under k_comments answers.
         */
        public record Shown(int n, @Nullable Double participation, Score dci, @Nullable Change dciChange,
                            @Nullable Enps enps, Map<String, Score> dimensions, List<StatementScore> statements,
                            List<ToolRow> tools, List<PainRow> pains, int comparisons,
                            @Nullable List<String> comments, List<TeamRow> teams, List<PartRow> subDepartments)
                implements Figures {
        }

        /** Whether this group reached the threshold: when false, no figure at all is shown. */
        public boolean visible() {
            return figures instanceof Shown;
        }

        private @Nullable Shown shown() {
            return figures instanceof Shown s ? s : null;
        }

        // Readers' shortcuts: a hidden board reads as no answer and no figure.

        public int n() {
            Shown s = shown();
            return s == null ? 0 : s.n();
        }

        public @Nullable Double participation() {
            Shown s = shown();
            return s == null ? null : s.participation();
        }

        public @Nullable Score dci() {
            Shown s = shown();
            return s == null ? null : s.dci();
        }

        public @Nullable Change dciChange() {
            Shown s = shown();
            return s == null ? null : s.dciChange();
        }

        public @Nullable Enps enps() {
            Shown s = shown();
            return s == null ? null : s.enps();
        }

        public Map<String, Score> dimensions() {
            Shown s = shown();
            return s == null ? Map.of() : s.dimensions();
        }

        public List<StatementScore> statements() {
            Shown s = shown();
            return s == null ? List.of() : s.statements();
        }

        public List<ToolRow> tools() {
            Shown s = shown();
            return s == null ? List.of() : s.tools();
        }

        public List<PainRow> pains() {
            Shown s = shown();
            return s == null ? List.of() : s.pains();
        }

        public int comparisons() {
            Shown s = shown();
            return s == null ? 0 : s.comparisons();
        }

        public @Nullable List<String> comments() {
            Shown s = shown();
            return s == null ? null : s.comments();
        }

        public List<TeamRow> teams() {
            Shown s = shown();
            return s == null ? List.of() : s.teams();
        }

        public List<PartRow> subDepartments() {
            Shown s = shown();
            return s == null ? List.of() : s.subDepartments();
        }
    }

    /**
     * One department row of the company heatmap (on the department's subtree); null cells are hidden.
     * {@code versusCompany}: for "dci" and each dimension code, +1 when the row's 95 % interval lies wholly above the
     * company's value, −1 when wholly below, 0 when it holds it — what the cell's colour and mark say.
     */
    public record HeatmapRow(DepartmentId departmentId, String name, DepartmentKind kind, int n,
                             @Nullable Double dci, Map<String, Double> dimensions, @Nullable Enps enps,
                             @Nullable Double participation, @Nullable Change dciChange,
                             Map<String, Integer> versusCompany) {
        /** Published from fewer than 10 answers. */
        public boolean indicative() {
            return dci != null && n < Statistics.INDICATIVE_BELOW;
        }
    }

    /** Support functions and front office side by side at one wave. */
    public record EquityPoint(WaveRef wave, @Nullable Double supportDci, @Nullable Double frontDci,
                              @Nullable Double supportParticipation, @Nullable Double frontParticipation) {
    }

    public enum AlertKind {
        SIGNIFICANT_DROP,
        LOW_PARTICIPATION,
        PAIN_RISING
    }

    /**
     * Something a lead should look at, with the numbers behind it.
     *
     * @param department the department concerned
     * @param painPoint  the pain point's label ({@link AlertKind#PAIN_RISING} only)
     * @param now        participation (0–1), or a prevalence (0–1); for a drop, see {@code change}
     * @param before     the previous wave's prevalence ({@link AlertKind#PAIN_RISING})
     * @param change     the DCI change with its Welch interval ({@link AlertKind#SIGNIFICANT_DROP})
     * @param pValue     the test's p-value (drops and pain points)
     * @param answers    answers of the department in this wave
     * @param invited    people invited ({@link AlertKind#LOW_PARTICIPATION})
     * @param tests      how many comparisons the wave's false-discovery control covered
     */
    public record Alert(AlertKind kind, String department, @Nullable String painPoint, double now,
                        @Nullable Double before, @Nullable Change change, @Nullable Double pValue, int answers,
                        int invited, int tests) {
    }

    /**
     * The company overview of a wave, for the whole company or, when {@code kind} is set, for one kind of department:
     * then the tiles ({@code n}, {@code participation}, {@code dci}, {@code enps}) are the kind's, the rows and alerts
     * its departments', the equity panel its side only. When fewer than k people answered in that scope (or the
     * wave's decision does not publish the kind), {@code n} is 0 and {@code participation}, {@code dci} and
     * {@code enps} are null: the screen says "fewer than k answers". The trend of the equity panel stops at the wave.
     */
    public record CompanyOverview(WaveRef wave, @Nullable DepartmentKind kind, int k, int n, @Nullable Double participation,
                                  @Nullable Score dci, @Nullable Enps enps, List<String> dimensionCodes,
                                  Map<String, String> dimensionLabels, List<HeatmapRow> rows,
                                  List<EquityPoint> equity, List<Alert> alerts, int comparisons,
                                  List<WaveRef> waves) {
    }

    /**
     * What a rebuild of the figures changes (or would change).
     *
     * @param rollupsChanged rollup documents that differ from a fresh computation from the released answers
     * @param changes        departments whose publication changes
     */
    public record RebuildReport(int waves, int answers, int rollupsChanged, List<PublicationChange> changes) {
    }

    /** A department of a wave that becomes shown ({@code nowShown}) or hidden. */
    public record PublicationChange(WaveRef wave, String department, boolean nowShown) {
    }
}
