package app.symetrie.board;

import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveId;
import app.symetrie.barometer.WaveStatus;
import app.symetrie.board.internal.RollupKeys;
import app.symetrie.board.internal.RollupStore;
import app.symetrie.board.internal.RollupView;
import app.symetrie.common.Unrestricted;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * One unit's published figures at one closed wave, as means with their 95 % intervals — for modules that compare
 * them with something else (the Satisfaction Map compares them with managers' predictions). Read through the wave's
 * single publication decision, like every board: a unit the wave does not publish has no figures here
 * ({@code docs/decisions/005-anonymity-publication.md}); a department's figures cover its subtree (decision 018).
 */
@Service
public class UnitFigures {

    /** A mean with the half-width of its 95 % Student's t interval (NaN under 2 values) and its count. */
    public record Interval(double mean, double margin, long n) {
        public double low() {
            return Double.isNaN(margin) ? mean : mean - margin;
        }

        public double high() {
            return Double.isNaN(margin) ? mean : mean + margin;
        }
    }

    /**
     * @param k          the wave's anonymity threshold
     * @param n          answers behind the unit's figures
     * @param dimensions dimension code → the respondents' mean on the 1–5 scale of the questions
     * @param pains      pain-point code → the share of respondents who ticked it (0–1)
     */
    public record Figures(int k, int n, Map<String, Interval> dimensions, Map<String, Interval> pains) {
        public Figures {
            dimensions = Map.copyOf(dimensions);
            pains = Map.copyOf(pains);
        }
    }

    private final CampaignService campaigns;
    private final RollupStore rollups;
    private final Publications publications;
    private final BoardService boards;
    private final QuestionnaireService questionnaires;
    private final ClosedWaveFigures closedFigures;

    UnitFigures(CampaignService campaigns, RollupStore rollups, Publications publications, BoardService boards,
                QuestionnaireService questionnaires, ClosedWaveFigures closedFigures) {
        this.questionnaires = questionnaires;
        this.campaigns = campaigns;
        this.rollups = rollups;
        this.publications = publications;
        this.boards = boards;
        this.closedFigures = closedFigures;
    }

    /**
     * Whether a closed wave publishes a department's figures (null: the company's). False for a wave not closed.
     * Says nothing a board of that wave does not already say by showing or hiding the unit.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean published(WaveId waveId, @Nullable DepartmentId department) {
        return campaigns.wave(waveId).filter(w -> w.status() == WaveStatus.CLOSED)
                .map(w -> published(publications.of(w), department)).orElse(false);
    }

    private static boolean published(Publication publication, @Nullable DepartmentId department) {
        return department == null ? publication.company() : publication.departments().contains(department.value());
    }

    /**
     * The unit's published figures at a closed wave; empty when the wave is not closed or does not publish the unit.
     * A department's figures are read by whoever may read its board; the company's by anyone (as on company-wide
     * action plans).
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<Figures> of(WaveId waveId, @Nullable DepartmentId department) {
        Optional<Wave> closed = publishing(waveId, department);
        if (closed.isEmpty()) {
            return Optional.empty();
        }
        Wave wave = closed.get();
        // A department's figures as its board shows them: frozen with the wave's figures, on the department tree as
        // it was then (a tree changed since would make these differ from the board's, and the difference would be
        // a moved group's answers).
        RollupView view = department == null
                ? rollups.find(wave.id(), UnitType.COMPANY, RollupKeys.COMPANY).orElseGet(RollupView::empty)
                : closedFigures.department(wave, department.value());
        Map<String, Interval> dimensions = new LinkedHashMap<>();
        Map<String, Interval> pains = new LinkedHashMap<>();
        for (var dimension : questionnaires.version(wave.questionnaireVersion()).dimensions()) {
            RollupView.Stats s = view.dimension(dimension.code());
            if (s.n() > 0) {
                // Stored as 0–100 scores ((m − 1) / 4 × 100): the 1–5 mean is 1 + score / 25, its margin margin / 25.
                double margin = Statistics.margin(s.n(), s.sum(), s.sq());
                dimensions.put(dimension.code(), new Interval(1 + s.mean() / 25, margin / 25, (long) s.n()));
            }
        }
        for (String code : view.painCodes()) {
            // A prevalence is the mean of a 0/1 answer: its sum and its sum of squares are both the count of 1s.
            double count = view.pain(code);
            pains.put(code, interval(view.n(), count, count));
        }
        return Optional.of(new Figures(wave.thresholds().k(), view.n(), dimensions, pains));
    }

    /** The closed wave, when it publishes the unit and the caller may read the unit's figures. */
    private Optional<Wave> publishing(WaveId waveId, @Nullable DepartmentId department) {
        if (department != null && boards.readableDepartments().stream().map(Department::id)
                .noneMatch(department::equals)) {
            throw new AccessDeniedException("not figures this person may read");
        }
        return campaigns.wave(waveId).filter(w -> w.status() == WaveStatus.CLOSED)
                .filter(w -> published(publications.of(w), department));
    }

    /**
     * The unit's journey-moment ratings at a closed wave (1–5 means with their intervals), for the moments the wave
     * may show for it: each moment is decided apart, counted in its own ratings, from the wave's publication
     * ({@link ItemPublication}). A department's ratings cover its subtree. Empty when the wave does not publish
     * the unit. Read by whoever may read the unit's figures ({@link #of}).
     */
    @PreAuthorize("isAuthenticated()")
    public Map<String, Interval> moments(WaveId waveId, @Nullable DepartmentId department) {
        Optional<Wave> closed = publishing(waveId, department);
        if (closed.isEmpty()) {
            return Map.of();
        }
        Map<String, Interval> result = new LinkedHashMap<>();
        Wave wave = closed.get();
        closedFigures.references(wave).moments(department == null ? null : department.value())
                .forEach((code, s) -> result.put(code, interval((long) s.n(), s.sum(), s.sq())));
        return result;
    }

    /** A mean and its 95 % Student's t interval from a count, a sum and a sum of squares. */
    @Unrestricted("arithmetic on figures the caller already holds")
    public static Interval interval(long n, double sum, double sq) {
        return new Interval(n == 0 ? Double.NaN : sum / n, Statistics.margin(n, sum, sq), n);
    }
}
