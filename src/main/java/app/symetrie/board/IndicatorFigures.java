package app.symetrie.board;

import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveId;
import app.symetrie.board.BoardRecords.WaveRef;
import app.symetrie.board.internal.RollupKeys;
import app.symetrie.board.internal.RollupStore;
import app.symetrie.board.internal.RollupView;
import app.symetrie.organization.DepartmentTree;
import app.symetrie.organization.OrganizationService;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * One indicator of one department (or of the company) across closed waves, as the boards publish it: what other
 * modules use to follow an indicator over time (the measured effect of an action plan). Every figure reads the
 * wave's single publication decision ({@link Publications}): a department hidden in a wave has no figure for it here
 * either, and no count of answers — the caller says "not enough answers". Who may read: the company's figures any
 * signed-in person (the boards show them as references); a department's figures whoever may read its board.
 */
@Service
public class IndicatorFigures {

    /**
     * What is followed. Values: a dimension's score and a tool's comfort on 0–100, a pain point's prevalence 0–1, a
     * journey moment's mean rating on 1–5.
     */
    public enum Indicator {
        DIMENSION,
        PAIN_POINT,
        TOOL,
        JOURNEY_MOMENT
    }

    /**
     * An indicator at one closed wave: its value with the half-width of its 95 % interval (NaN under 2 answers) and
     * the answers behind it; {@code value} null (and {@code n} 0) when the wave did not publish it.
     */
    public record Figure(WaveRef wave, @Nullable Double value, double margin, int n) {
        public boolean published() {
            return value != null;
        }
    }

    /**
     * A figure after the baseline, with its change from the baseline and the 95 % Welch interval of that change
     * (null when either side is unpublished or has fewer than 2 answers). Not corrected for multiple comparisons:
     * an association to read with care, not a test.
     */
    public record Since(Figure figure, @Nullable Double delta, @Nullable Double low, @Nullable Double high) {
        /** Whether the interval of the change leaves out 0. */
        public boolean clear() {
            return low != null && high != null && (low > 0 || high < 0);
        }
    }

    /**
     * An indicator around a date: the last closed wave that closed before it ({@code baseline}, null when there is
     * none) and each closed wave after that one — only waves that invited the department.
     */
    public record Track(@Nullable Figure baseline, List<Since> since) {
    }

    private final CampaignService campaigns;
    private final RollupStore rollups;
    private final Publications publications;
    private final BoardService boards;
    private final OrganizationService organization;
    private final ClosedWaveFigures figures;

    IndicatorFigures(CampaignService campaigns, RollupStore rollups, Publications publications, BoardService boards,
                     OrganizationService organization, ClosedWaveFigures figures) {
        this.organization = organization;
        this.figures = figures;
        this.campaigns = campaigns;
        this.rollups = rollups;
        this.publications = publications;
        this.boards = boards;
    }

    /** Whether the signed-in person may read this department's figures (null: the company's). */
    @PreAuthorize("isAuthenticated()")
    public boolean readable(@Nullable DepartmentId department) {
        return department == null || boards.readableDepartments().stream().map(Department::id)
                .anyMatch(department::equals);
    }

    /**
     * The indicator at the last closed wave before {@code startedOn} and at each closed wave since.
     *
     * @param department the department, or null for the company
     * @param code       the dimension, pain point, tool or journey moment code
     */
    @PreAuthorize("isAuthenticated()")
    public Track around(@Nullable DepartmentId department, Indicator indicator, String code, LocalDate startedOn) {
        if (!readable(department)) {
            throw new AccessDeniedException("not figures this person may read");
        }
        // Only waves that asked this department: another campaign's wave says nothing about it.
        // A department's figures cover its subtree, as on its board (decision 018).
        DepartmentTree tree = new DepartmentTree(organization.departments());
        List<Wave> waves = campaigns.closedWaves().stream()
                .filter(w -> department == null || Subtrees.invited(w.invited(), tree, department.value()) > 0)
                .toList();
        int baseline = -1;
        for (int i = 0; i < waves.size(); i++) {
            if (waves.get(i).closesOn().isBefore(startedOn)) {
                baseline = i;
            }
        }
        // the per-item decisions frozen with each wave, read at once for the waves the track shows
        Map<WaveId, ClosedWaveFigures.References> references = indicator == Indicator.TOOL
                || indicator == Indicator.JOURNEY_MOMENT
                ? figures.references(waves.subList(Math.max(baseline, 0), waves.size())) : Map.of();
        RollupView.Stats before = baseline < 0 ? null
                : stats(waves.get(baseline), references, department, indicator, code);
        Figure baseFigure = baseline < 0 ? null : figure(waves.get(baseline), before, indicator);
        List<Since> since = new ArrayList<>();
        for (int i = baseline + 1; i < waves.size(); i++) {
            Wave wave = waves.get(i);
            RollupView.Stats now = stats(wave, references, department, indicator, code);
            Figure figure = figure(wave, now, indicator);
            Statistics.Welch welch = now == null || before == null ? null
                    : Statistics.welch(now.n(), now.sum(), now.sq(), before.n(), before.sum(), before.sq());
            since.add(welch == null ? new Since(figure, null, null, null)
                    : new Since(figure, welch.delta(), welch.low(), welch.high()));
        }
        return new Track(baseFigure, since);
    }

    /** The published stats of the indicator at a wave; null when the wave does not publish them. */
    private RollupView.@Nullable Stats stats(Wave wave, Map<WaveId, ClosedWaveFigures.References> references,
                                            @Nullable DepartmentId department, Indicator indicator, String code) {
        if (indicator == Indicator.JOURNEY_MOMENT) {
            // each moment has its own suppression pass, counted in its raters, frozen with the wave (ItemPublication)
            return Objects.requireNonNull(references.get(wave.id()), "references of the wave asked")
                    .moments(department == null ? null : department.value()).get(code);
        }
        Publication publication = publications.of(wave);
        RollupView view;
        if (department == null) {
            if (!publication.company()) {
                return null;
            }
            view = rollups.find(wave.id(), UnitType.COMPANY, RollupKeys.COMPANY).orElseGet(RollupView::empty);
        } else {
            if (!publication.departments().contains(department.value())) {
                return null;
            }
            view = figures.department(wave, department.value());
        }
        RollupView.Stats stats = switch (indicator) {
            case DIMENSION -> view.dimension(code);
            // A prevalence is the mean of a 0/1 answer: its sum and its sum of squares are both the count of 1s.
            case PAIN_POINT -> new RollupView.Stats(view.n(), view.pain(code), view.pain(code));
            case TOOL -> view.toolComfort(code);
            case JOURNEY_MOMENT -> throw new IllegalStateException("read above");
        };
        if (stats.n() == 0 || !BoardService.filter(wave).canShow((int) stats.n())) {
            return null;
        }
        // A tool's comfort comes from its users only: shown where the tool's own suppression pass shows it, as on
        // the board (ItemPublication).
        if (indicator == Indicator.TOOL && !Objects.requireNonNull(references.get(wave.id()),
                "references of the wave asked").showsToolComfort(code, department == null ? null
                : department.value())) {
            return null;
        }
        return stats;
    }

    private static Figure figure(Wave wave, RollupView.@Nullable Stats stats, Indicator indicator) {
        WaveRef ref = BoardService.ref(wave);
        if (stats == null) {
            return new Figure(ref, null, Double.NaN, 0);
        }
        return new Figure(ref, stats.mean(), Statistics.margin(stats.n(), stats.sum(), stats.sq()), (int) stats.n());
    }
}
