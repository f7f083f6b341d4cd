package app.symetrie.board;

import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.barometer.Dimension;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveId;
import app.symetrie.board.BoardRecords.Alert;
import app.symetrie.board.BoardRecords.AlertKind;
import app.symetrie.board.BoardRecords.Change;
import app.symetrie.board.BoardRecords.CompanyOverview;
import app.symetrie.board.BoardRecords.EquityPoint;
import app.symetrie.board.BoardRecords.HeatmapRow;
import app.symetrie.board.internal.RollupView;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.DepartmentTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The company overview of one closed wave: the heatmap of every department (on its subtree), the alerts, the tiles
 * of the company or of one kind, and support functions vs front office over the waves — read from the waves' stored
 * figures ({@link ClosedWaveFigures}): the company's and kinds' summaries of each wave up to the chosen one, every
 * department's summary at the chosen and the previous wave. Access is checked by the caller ({@link BoardService}).
 */
@Component
class CompanyOverviewQuery {

    static final double LOW_PARTICIPATION = 0.6;

    private final CampaignService campaigns;
    private final QuestionnaireService questionnaires;
    private final Publications publications;
    private final ClosedWaveFigures figures;
    private final DepartmentBoardQuery boards;

    CompanyOverviewQuery(CampaignService campaigns, QuestionnaireService questionnaires, Publications publications,
                         ClosedWaveFigures figures, DepartmentBoardQuery boards) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.publications = publications;
        this.figures = figures;
        this.boards = boards;
    }

    Optional<CompanyOverview> overview(List<Department> all, DepartmentTree tree, @Nullable WaveId waveId,
                                       @Nullable DepartmentKind kindFilter, Locale locale) {
        List<Wave> waves = campaigns.closedWaves();
        int index = BoardService.selected(waves, waveId);
        if (index < 0) {
            return Optional.empty();
        }
        List<Wave> upTo = waves.subList(0, index + 1);
        Wave wave = waves.get(index);
        AnonymityFilter filter = BoardService.filter(wave);
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        Map<WaveId, ClosedWaveFigures.References> references = figures.references(upTo);
        RollupView company = Objects.requireNonNull(references.get(wave.id()), "one per wave asked").company();
        List<Publication> decided = publications.of(upTo);
        Set<String> visible = decided.get(index).departments();
        Map<String, RollupView> departments = new HashMap<>();
        WaveComparisons comparisons = boards.comparisons(upTo, decided, q, departments);
        Map<String, String> painLabels = new HashMap<>();
        q.painPoints().forEach(p -> painLabels.put(p.code(), p.label().in(locale)));

        List<HeatmapRow> rows = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        for (Department d : all) {
            if (kindFilter != null && d.kind() != kindFilter) {
                continue;
            }
            String id = d.id().value();
            RollupView v = departments.getOrDefault(id, RollupView.empty());
            int invited = Subtrees.invited(wave.invited(), tree, id);
            if (!visible.contains(id)) {
                // No count and no rate for a group whose figures are hidden: both would tell its size.
                rows.add(new HeatmapRow(d.id(), d.name(), d.kind(), 0, null, Map.of(), null, null, null, Map.of()));
                continue;
            }
            Double participation = invited == 0 ? null : (double) v.n() / invited;
            if (participation != null && participation < LOW_PARTICIPATION) {
                alerts.add(new Alert(AlertKind.LOW_PARTICIPATION, d.name(), null, participation, null, null, null,
                        v.n(), invited, 0));
            }
            Map<String, Double> dims = new LinkedHashMap<>();
            q.dimensions().forEach(dim -> dims.put(dim.code(), v.dimension(dim.code()).mean()));
            Map<String, Integer> versus = new LinkedHashMap<>();
            versus.put("dci", Scores.versus(v.dci(), company.dci()));
            q.dimensions().forEach(dim -> versus.put(dim.code(), Scores.versus(v.dimension(dim.code()),
                    company.dimension(dim.code()))));
            Change change = comparisons.dci(id);
            if (change != null && change.direction() < 0) {
                alerts.add(new Alert(AlertKind.SIGNIFICANT_DROP, d.name(), null, change.now(), change.before(),
                        change, change.pValue(), v.n(), invited, comparisons.tests()));
            }
            for (CatalogItem pain : q.painPoints()) {
                WaveComparisons.PainTest test = comparisons.pain(id, pain.code());
                if (test != null && test.significant() && test.now() > test.before()) {
                    alerts.add(new Alert(AlertKind.PAIN_RISING, d.name(), painLabels.get(pain.code()), test.now(),
                            test.before(), null, test.pValue(), test.answersNow(), invited, comparisons.tests()));
                }
            }
            rows.add(new HeatmapRow(d.id(), d.name(), d.kind(), v.n(), v.dci().mean(), dims, Scores.enps(v),
                    participation, change, versus));
        }
        rows.sort(Comparator.comparing(HeatmapRow::name, String.CASE_INSENSITIVE_ORDER));
        alerts.sort(Comparator.comparing(Alert::kind).thenComparing(a -> a.pValue() == null ? 0 : a.pValue())
                .thenComparing(Alert::department));

        Map<String, String> dimensionLabels = new LinkedHashMap<>();
        q.dimensions().forEach(d -> dimensionLabels.put(d.code(), d.name().in(locale)));
        // The tiles follow the kind filter: the kind's own figures, where the wave's decision publishes the kind.
        RollupView scope = company;
        int invitedTotal = wave.invitedTotal();
        boolean scopeShown = filter.canShow(company.n());
        if (kindFilter != null) {
            scope = references.get(wave.id()).kind(kindFilter);
            Set<String> ofKind = all.stream().filter(d -> d.kind() == kindFilter).map(d -> d.id().value())
                    .collect(Collectors.toSet());
            invitedTotal = wave.invited().entrySet().stream().filter(e -> ofKind.contains(e.getKey()))
                    .mapToInt(Map.Entry::getValue).sum();
            scopeShown = decided.get(index).kinds().contains(kindFilter) && filter.canShow(scope.n());
        }
        // Fewer than k answers in the scope: no count and no rate either, only "fewer than k".
        List<EquityPoint> equity = equity(upTo, all, decided, references);
        if (kindFilter != null) {
            equity = equity.stream().map(p -> kindFilter == DepartmentKind.SUPPORT
                    ? new EquityPoint(p.wave(), p.supportDci(), null, p.supportParticipation(), null)
                    : new EquityPoint(p.wave(), null, p.frontDci(), null, p.frontParticipation())).toList();
        }
        return Optional.of(new CompanyOverview(BoardService.ref(wave), kindFilter, filter.k(),
                scopeShown ? scope.n() : 0,
                invitedTotal == 0 || !scopeShown ? null : (double) scope.n() / invitedTotal,
                scopeShown ? Scores.score(scope.dci(), scope.n()) : null,
                scopeShown ? Scores.enps(scope) : null,
                q.dimensions().stream().map(Dimension::code).toList(), dimensionLabels, rows,
                equity, alerts, comparisons.tests(), waves.stream().map(BoardService::ref).toList()));
    }

    /** Support functions vs front office over the waves; a side is hidden where it has fewer than k answers. */
    private static List<EquityPoint> equity(List<Wave> waves, List<Department> departments,
                                            List<Publication> decided,
                                            Map<WaveId, ClosedWaveFigures.References> references) {
        Map<String, DepartmentKind> kinds = departments.stream()
                .collect(Collectors.toMap(d -> d.id().value(), Department::kind));
        List<EquityPoint> points = new ArrayList<>();
        for (int i = 0; i < waves.size(); i++) {
            Wave w = waves.get(i);
            ClosedWaveFigures.References atWave = Objects.requireNonNull(references.get(w.id()), "one per wave asked");
            RollupView support = atWave.kind(DepartmentKind.SUPPORT);
            RollupView front = atWave.kind(DepartmentKind.FRONT_OFFICE);
            Set<DepartmentKind> shown = decided.get(i).kinds();
            boolean both = shown.contains(DepartmentKind.SUPPORT) && shown.contains(DepartmentKind.FRONT_OFFICE);
            Map<DepartmentKind, Integer> invited = new HashMap<>();
            w.invited().forEach((id, count) -> {
                DepartmentKind kind = kinds.get(id);
                if (kind != null) {
                    invited.merge(kind, count, Integer::sum);
                }
            });
            int supportInvited = invited.getOrDefault(DepartmentKind.SUPPORT, 0);
            int frontInvited = invited.getOrDefault(DepartmentKind.FRONT_OFFICE, 0);
            points.add(new EquityPoint(BoardService.ref(w), both ? support.dci().mean() : null,
                    both ? front.dci().mean() : null,
                    both && supportInvited > 0 ? (double) support.n() / supportInvited : null,
                    both && frontInvited > 0 ? (double) front.n() / frontInvited : null));
        }
        return points;
    }
}
