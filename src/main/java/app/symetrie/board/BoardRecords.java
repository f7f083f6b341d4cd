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

    /** A 0–100 score with its 95 % margin and the number of answers behind it. */
    public record Score(double value, double margin, int n) {
    }

    /** A change between two waves, called a change only beyond the noise of both measures. */
    public record Change(double delta, boolean significant) {
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

    /** A pain point's prevalence now and in the previous wave. */
    public record PainRow(String code, String label, double prevalence, @Nullable Double previous,
                          Map<WaveId, Double> prevalenceByWave) {
        public @Nullable Double delta() {
            return previous == null ? null : prevalence - previous;
        }
    }

    /** A team of the department, only when it can be shown (size and differencing). */
    public record TeamRow(String name, int n, double dci) {
    }

    public record DepartmentBoard(DepartmentId departmentId, String name, DepartmentKind kind, WaveRef wave,
                                  int k, int n, int invited, @Nullable Double participation,
                                  @Nullable Score dci, @Nullable Change dciChange, @Nullable Double enps,
                                  Map<String, Score> dimensions, List<Trend> trends, List<ToolRow> tools,
                                  List<PainRow> pains, @Nullable List<String> comments, int kComments,
                                  List<TeamRow> teams, List<WaveRef> waves) {

        /** Whether this group reached the threshold: when false, no figure at all is shown. */
        public boolean visible() {
            return dci != null;
        }
    }

    /** One department row of the company heatmap; null cells are hidden. */
    public record HeatmapRow(DepartmentId departmentId, String name, DepartmentKind kind, int n,
                             @Nullable Double dci, Map<String, Double> dimensions, @Nullable Double enps,
                             @Nullable Double participation, @Nullable Change dciChange) {
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

    /** Something a lead should look at; {@code subject} is a department name or a pain-point label. */
    public record Alert(AlertKind kind, String subject, double value) {
    }

    public record CompanyOverview(WaveRef wave, int k, int n, @Nullable Double participation,
                                  @Nullable Score dci, @Nullable Double enps, List<String> dimensionCodes,
                                  Map<String, String> dimensionLabels, List<HeatmapRow> rows,
                                  List<EquityPoint> equity, List<Alert> alerts, List<WaveRef> waves) {
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
