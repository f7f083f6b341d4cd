package app.symetrie.board;

import app.symetrie.barometer.BarometerAnswers;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.barometer.Dimension;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Statement;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveId;
import app.symetrie.board.BoardRecords.Change;
import app.symetrie.board.BoardRecords.DepartmentBoard;
import app.symetrie.board.BoardRecords.PainRow;
import app.symetrie.board.BoardRecords.PartRow;
import app.symetrie.board.BoardRecords.Score;
import app.symetrie.board.BoardRecords.StatementScore;
import app.symetrie.board.BoardRecords.TeamRow;
import app.symetrie.board.BoardRecords.ToolRow;
import app.symetrie.board.BoardRecords.Trend;
import app.symetrie.board.BoardRecords.TrendPoint;
import app.symetrie.board.BoardRecords.WaveRef;
import app.symetrie.board.internal.RollupStore;
import app.symetrie.board.internal.RollupView;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentTree;
import app.symetrie.organization.OrganizationService;
import app.symetrie.organization.Team;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
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
 * One department's board at one closed wave, on its whole subtree: read from the wave's stored figures
 * ({@link ClosedWaveFigures}) by id, one list of ids per kind of figure whatever the number of waves — its own
 * figures at each wave up to the chosen one (trends, adoption, pain points), the company's and its kind's
 * (references), every department's summary at the chosen and the previous wave (the comparisons, tested together).
 * Access is checked by the caller ({@link BoardService}).
 */
@Component
class DepartmentBoardQuery {

    private final CampaignService campaigns;
    private final QuestionnaireService questionnaires;
    private final OrganizationService organization;
    private final RollupStore rollups;
    private final BarometerAnswers answers;
    private final Publications publications;
    private final ClosedWaveFigures figures;
    private final SecureRandom shuffle = new SecureRandom();

    DepartmentBoardQuery(CampaignService campaigns, QuestionnaireService questionnaires,
                         OrganizationService organization, RollupStore rollups, BarometerAnswers answers,
                         Publications publications, ClosedWaveFigures figures) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.organization = organization;
        this.rollups = rollups;
        this.answers = answers;
        this.publications = publications;
        this.figures = figures;
    }

    Optional<DepartmentBoard> board(Department department, List<Department> all, DepartmentTree tree,
                                    @Nullable WaveId waveId, Locale locale) {
        List<Wave> waves = campaigns.closedWaves();
        int index = BoardService.selected(waves, waveId);
        if (index < 0) {
            return Optional.empty();
        }
        List<Wave> upTo = waves.subList(0, index + 1);
        Wave wave = waves.get(index);
        AnonymityFilter filter = BoardService.filter(wave);
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        String id = department.id().value();
        Map<WaveId, ClosedWaveFigures.References> references = figures.references(upTo);
        List<Publication> decided = publications.of(upTo);
        List<RollupView> views = List.copyOf(figures.department(upTo, id).values());
        RollupView view = views.get(index);
        int n = view.n();
        int invited = Subtrees.invited(wave.invited(), tree, id);
        boolean visible = decided.get(index).departments().contains(id);
        List<WaveRef> refs = waves.stream().map(BoardService::ref).toList();
        // The trend stops at the chosen wave: an older wave's board shows nothing of what came after it.
        List<Trend> trends = trends(upTo, department, q, locale, decided, views, references);
        if (!visible) {
            // No count of answers for a hidden department, not even in the record: storage may still hold one
            // (a department named on answers but left out by the publication decision).
            return Optional.of(new DepartmentBoard(department.id(), department.name(), department.kind(),
                    BoardService.ref(wave), filter.k(), invited, wave.thresholds().kComments(), trends, refs,
                    new DepartmentBoard.Hidden()));
        }
        Map<String, RollupView> summaries = new LinkedHashMap<>();
        WaveComparisons comparisons = comparisons(upTo, decided, q, summaries);
        Score dci = Scores.score(view.dci(), n);
        Change change = comparisons.dci(id);
        Map<String, Score> dimensions = new LinkedHashMap<>();
        List<StatementScore> statements = new ArrayList<>();
        for (Dimension d : q.dimensions()) {
            dimensions.put(d.code(), Scores.dimension(view, d));
            for (Statement st : d.statements()) {
                statements.add(new StatementScore(st.code(), d.code(), st.text().in(locale),
                        Scores.statement(view, st)));
            }
        }
        List<Boolean> published = decided.stream().map(p -> p.departments().contains(id)).toList();
        List<ToolRow> tools = tools(upTo, views, q, locale, published,
                Objects.requireNonNull(references.get(wave.id()), "references of every wave read"), id);
        List<PainRow> pains = pains(upTo, id, views, q, locale, published, comparisons);
        List<String> comments = null;
        if (filter.canShowComments(n)) {
            comments = new ArrayList<>(answers.comments(wave.id(), tree.subtree(id)));
            Collections.shuffle(comments, shuffle);
        }
        Publication publication = decided.get(index);
        return Optional.of(new DepartmentBoard(department.id(), department.name(), department.kind(),
                BoardService.ref(wave), filter.k(), invited, wave.thresholds().kComments(), trends, refs,
                new DepartmentBoard.Shown(n, invited == 0 ? null : (double) n / invited, dci, change,
                        Scores.enps(view), dimensions, statements, tools, pains, comparisons.tests(), comments,
                        teams(wave, department, publication),
                        subDepartments(wave, all, tree, department, publication, summaries))));
    }

    /**
     * The last wave's comparisons with the one before, over every department published in both, tested together
     * (false discovery rate); none for a first wave. {@code summaries} receives the last wave's department summaries.
     */
    WaveComparisons comparisons(List<Wave> upTo, List<Publication> decided, Questionnaire q,
                                Map<String, RollupView> summaries) {
        int index = upTo.size() - 1;
        summaries.putAll(figures.summaries(upTo.get(index)));
        if (index == 0) {
            return WaveComparisons.none();
        }
        Set<String> comparable = new HashSet<>(decided.get(index).departments());
        comparable.retainAll(decided.get(index - 1).departments());
        return WaveComparisons.of(summaries, figures.summaries(upTo.get(index - 1)), comparable,
                q.painPoints().stream().map(CatalogItem::code).toList());
    }

    /**
     * DCI and dimension trends over the waves, with the company and the department's kind as references, each shown
     * at a wave only where that wave's decision publishes it.
     */
    private static List<Trend> trends(List<Wave> waves, Department department, Questionnaire q, Locale locale,
                                      List<Publication> decided, List<RollupView> views,
                                      Map<WaveId, ClosedWaveFigures.References> references) {
        List<Trend> trends = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        codes.add("dci");
        q.dimensions().forEach(d -> codes.add(d.code()));
        for (String code : codes) {
            List<TrendPoint> points = new ArrayList<>();
            for (int i = 0; i < waves.size(); i++) {
                Publication publication = decided.get(i);
                ClosedWaveFigures.References wave = Objects.requireNonNull(references.get(waves.get(i).id()),
                        "one per wave asked");
                Double value = publication.departments().contains(department.id().value())
                        ? Scores.measure(views.get(i), code) : null;
                Double companyValue = publication.company() ? Scores.measure(wave.company(), code) : null;
                Double kindValue = publication.kinds().contains(department.kind())
                        ? Scores.measure(wave.kind(department.kind()), code) : null;
                points.add(new TrendPoint(BoardService.ref(waves.get(i)), value, companyValue, kindValue));
            }
            String label = code.equals("dci") ? "dci" : q.dimensions().stream().filter(d -> d.code().equals(code))
                    .findFirst().map(d -> d.name().in(locale)).orElse(code);
            trends.add(new Trend(code, label, points));
        }
        return trends;
    }

    /**
     * The tools at the chosen wave (weekly and daily use, and the users' comfort where the tool's own suppression pass
     * shows it for the department: {@link ItemPublication}), with weekly use at each earlier published wave.
     */
    private static List<ToolRow> tools(List<Wave> waves, List<RollupView> views, Questionnaire q, Locale locale,
                                       List<Boolean> published, ClosedWaveFigures.References latest,
                                       String department) {
        int index = waves.size() - 1;
        RollupView view = views.get(index);
        List<ToolRow> rows = new ArrayList<>();
        for (CatalogItem tool : q.tools()) {
            Map<WaveId, Double> byWave = new LinkedHashMap<>();
            Double previous = null;
            for (int i = 0; i <= index; i++) {
                RollupView v = views.get(i);
                if (published.get(i) && v.toolAnswered(tool.code()) > 0) {
                    double share = v.toolWeekly(tool.code()) / v.n();
                    byWave.put(waves.get(i).id(), share);
                    if (i == index - 1) {
                        previous = share;
                    }
                }
            }
            int n = view.n();
            RollupView.Stats comfort = view.toolComfort(tool.code());
            rows.add(new ToolRow(tool.code(), tool.label().in(locale), view.toolWeekly(tool.code()) / n,
                    view.toolDaily(tool.code()) / n,
                    comfort.n() > 0 && latest.showsToolComfort(tool.code(), department) ? comfort.mean() : null,
                    previous, byWave));
        }
        rows.sort(Comparator.comparingDouble(ToolRow::weeklyShare).reversed());
        return rows;
    }

    private static List<PainRow> pains(List<Wave> waves, String id, List<RollupView> views, Questionnaire q,
                                       Locale locale, List<Boolean> published, WaveComparisons comparisons) {
        int index = waves.size() - 1;
        RollupView view = views.get(index);
        List<PainRow> rows = new ArrayList<>();
        for (CatalogItem pain : q.painPoints()) {
            Map<WaveId, Double> byWave = new LinkedHashMap<>();
            Double previous = null;
            for (int i = 0; i <= index; i++) {
                RollupView v = views.get(i);
                if (published.get(i)) {
                    double prevalence = v.pain(pain.code()) / v.n();
                    byWave.put(waves.get(i).id(), prevalence);
                    if (i == index - 1) {
                        previous = prevalence;
                    }
                }
            }
            WaveComparisons.PainTest test = comparisons.pain(id, pain.code());
            rows.add(new PainRow(pain.code(), pain.label().in(locale), view.pain(pain.code()) / view.n(), previous,
                    byWave, test == null ? null : test.pValue(), test != null && test.significant()));
        }
        rows.sort(Comparator.comparingDouble(PainRow::prevalence).reversed());
        return rows;
    }

    /** The department's own teams that the wave's decision shows (their rollups read by id). */
    private List<TeamRow> teams(Wave wave, Department department, Publication publication) {
        List<Team> shown = organization.teams(department.id()).stream()
                .filter(t -> publication.teams().contains(t.id().value())).toList();
        Map<String, RollupView> teamViews = rollups.some(wave.id(), UnitType.TEAM,
                shown.stream().map(t -> t.id().value()).toList());
        return shown.stream().filter(t -> teamViews.containsKey(t.id().value())).map(t -> {
            RollupView v = Objects.requireNonNull(teamViews.get(t.id().value()), "filtered on teamViews");
            return new TeamRow(t.name(), v.n(), v.dci().mean());
        }).sorted(Comparator.comparing(TeamRow::name)).toList();
    }

    /** The breakdown of a parent department: each direct sub-department the wave's decision shows, on its subtree. */
    private static List<PartRow> subDepartments(Wave wave, List<Department> all, DepartmentTree tree,
                                                Department department, Publication publication,
                                                Map<String, RollupView> summaries) {
        Map<String, String> names = all.stream().collect(Collectors.toMap(d -> d.id().value(), Department::name));
        return tree.children(department.id().value()).stream().filter(publication.departments()::contains)
                .map(child -> {
                    RollupView v = summaries.getOrDefault(child, RollupView.empty());
                    return new PartRow(new DepartmentId(child), names.getOrDefault(child, child), v.n(),
                            v.dci().mean());
                }).sorted(Comparator.comparing(PartRow::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
