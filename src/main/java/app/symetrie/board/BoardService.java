package app.symetrie.board;

import app.symetrie.ambassador.AmbassadorService;
import app.symetrie.barometer.BarometerAnswers;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.barometer.Dimension;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Statement;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveId;
import app.symetrie.board.BoardRecords.Alert;
import app.symetrie.board.BoardRecords.AlertKind;
import app.symetrie.board.BoardRecords.Change;
import app.symetrie.board.BoardRecords.CompanyOverview;
import app.symetrie.board.BoardRecords.DepartmentBoard;
import app.symetrie.board.BoardRecords.Enps;
import app.symetrie.board.BoardRecords.EquityPoint;
import app.symetrie.board.BoardRecords.HeatmapRow;
import app.symetrie.board.BoardRecords.PainRow;
import app.symetrie.board.BoardRecords.PartRow;
import app.symetrie.board.BoardRecords.PublicationChange;
import app.symetrie.board.BoardRecords.RebuildReport;
import app.symetrie.board.BoardRecords.Score;
import app.symetrie.board.BoardRecords.StatementScore;
import app.symetrie.board.BoardRecords.TeamRow;
import app.symetrie.board.BoardRecords.ToolRow;
import app.symetrie.board.BoardRecords.Trend;
import app.symetrie.board.BoardRecords.TrendPoint;
import app.symetrie.board.BoardRecords.WaveRef;
import app.symetrie.board.internal.RollupKeys;
import app.symetrie.board.internal.RollupStore;
import app.symetrie.board.internal.RollupView;
import app.symetrie.audit.AuditLog;
import app.symetrie.common.Role;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.DepartmentTree;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.CurrentUser;
import app.symetrie.security.SignedInUser;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Department boards and the company overview, read from rollups. Every figure goes through the
 * {@link AnonymityFilter} of its wave (thresholds locked when the wave opened). Visibility: a lead sees every
 * department; a manager and an employee their own department's published (closed) waves; an active ambassador also
 * the departments a lead granted them.
 */
@Service
public class BoardService {

    static final double LOW_PARTICIPATION = 0.6;

    private final CampaignService campaigns;
    private final QuestionnaireService questionnaires;
    private final OrganizationService organization;
    private final RollupStore rollups;
    private final BarometerAnswers answers;
    private final AmbassadorService ambassadors;
    private final Publications publications;
    private final AuditLog audit;
    private final SecureRandom shuffle = new SecureRandom();

    BoardService(CampaignService campaigns, QuestionnaireService questionnaires, OrganizationService organization,
                 RollupStore rollups, BarometerAnswers answers, AmbassadorService ambassadors,
                 Publications publications, AuditLog audit) {
        this.ambassadors = ambassadors;
        this.publications = publications;
        this.audit = audit;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.organization = organization;
        this.rollups = rollups;
        this.answers = answers;
    }

    // ----- waves and access

    /** Closed waves, oldest first: what boards show (open waves are not published). */
    public List<WaveRef> publishedWaves() {
        return campaigns.closedWaves().stream().map(BoardService::ref).toList();
    }

    static WaveRef ref(Wave w) {
        return new WaveRef(w.id(), w.opensOn().getYear() + "-" + String.format(Locale.ROOT, "%02d",
                w.opensOn().getMonthValue()), w.opensOn(), w.closesOn());
    }

    /** The departments whose board the signed-in person may read. */
    @PreAuthorize("isAuthenticated()")
    public List<Department> readableDepartments() {
        SignedInUser user = CurrentUser.require();
        List<Department> all = organization.departments();
        if (user.has(Role.LEAD)) {
            return all;
        }
        Set<DepartmentId> readable = readableBy(user);
        return all.stream().filter(d -> readable.contains(d.id())).toList();
    }

    /**
     * A person's own department (for a manager, with its sub-departments), and for an active ambassador the departments a lead granted them (read now: a
     * pending coverage request, a pause or an ending counts at once).
     */
    private Set<DepartmentId> readableBy(SignedInUser user) {
        Set<DepartmentId> readable = new java.util.HashSet<>();
        if (user.departmentId() != null) {
            readable.add(user.departmentId());
            if (user.has(Role.MANAGER)) {
                // A manager of a parent department reads the boards of its whole subtree (its agencies…).
                new DepartmentTree(organization.departments()).subtree(user.departmentId().value())
                        .forEach(id -> readable.add(new DepartmentId(id)));
            }
        }
        if (user.has(Role.AMBASSADOR)) {
            readable.addAll(ambassadors.grantedCoverage());
        }
        return readable;
    }

    private void requireReadable(DepartmentId id) {
        SignedInUser user = CurrentUser.require();
        if (!user.has(Role.LEAD) && !readableBy(user).contains(id)) {
            throw new AccessDeniedException("not a board this person may read");
        }
    }

    /** A department and its sub-departments at any depth (those its board's figures cover). */
    @PreAuthorize("isAuthenticated()")
    public List<DepartmentId> subtree(DepartmentId departmentId) {
        requireReadable(departmentId);
        return new DepartmentTree(organization.departments()).subtree(departmentId.value()).stream()
                .map(DepartmentId::new).toList();
    }

    // ----- department board

    @PreAuthorize("isAuthenticated()")
    public Optional<DepartmentBoard> departmentBoard(DepartmentId departmentId, @Nullable WaveId waveId,
                                                   Locale locale) {
        requireReadable(departmentId);
        Department department = organization.department(departmentId).orElse(null);
        List<Wave> waves = campaigns.closedWaves();
        int index = selected(waves, waveId);
        if (department == null || index < 0) {
            return Optional.empty();
        }
        Wave wave = waves.get(index);
        AnonymityFilter filter = filter(wave);
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        String id = departmentId.value();
        DepartmentTree tree = new DepartmentTree(organization.departments());
        RollupView view = subtree(wave, tree, id);
        int n = view.n();
        int invited = Subtrees.invited(wave.invited(), tree, id);
        List<Publication> publications = waves.stream().map(this.publications::of).toList();
        boolean visible = publications.get(index).departments().contains(id);
        List<WaveRef> refs = waves.stream().map(BoardService::ref).toList();
        // The trend stops at the chosen wave: an older wave's board shows nothing of what came after it.
        List<Trend> trends = trends(waves.subList(0, index + 1), department, tree, q, locale,
                publications.subList(0, index + 1));
        if (!visible) {
            // No count of answers for a hidden department, not even in the record: storage may still hold one
            // (a department named on answers but left out by the publication decision).
            return Optional.of(new DepartmentBoard(departmentId, department.name(), department.kind(), ref(wave),
                    filter.k(), 0, invited, null, null, null, null, Map.of(), List.of(), trends, List.of(),
                    List.of(), 0, null, wave.thresholds().kComments(), List.of(), List.of(), refs));
        }
        WaveComparisons comparisons = comparisons(waves, index, publications, tree);
        Score dci = score(view.dci(), n);
        Change change = comparisons.dci(id);
        Map<String, Score> dimensions = new LinkedHashMap<>();
        List<StatementScore> statements = new ArrayList<>();
        for (Dimension d : q.dimensions()) {
            dimensions.put(d.code(), dimension(view, d));
            for (Statement st : d.statements()) {
                statements.add(new StatementScore(st.code(), d.code(), st.text().in(locale), statement(view, st)));
            }
        }
        Map<WaveId, Boolean> published = new HashMap<>();
        for (int i = 0; i <= index; i++) {
            published.put(waves.get(i).id(), publications.get(i).departments().contains(id));
        }
        List<RollupView> views = waves.subList(0, index + 1).stream().map(w -> subtree(w, tree, id)).toList();
        List<ToolRow> tools = tools(waves, index, views, q, locale, published);
        List<PainRow> pains = pains(waves, index, id, views, q, locale, published, comparisons);
        List<String> comments = null;
        if (filter.canShowComments(n)) {
            comments = new ArrayList<>();
            for (String member : tree.subtree(id)) {
                comments.addAll(answers.comments(wave.id(), member));
            }
            Collections.shuffle(comments, shuffle);
        }
        return Optional.of(new DepartmentBoard(departmentId, department.name(), department.kind(), ref(wave),
                filter.k(), n, invited, invited == 0 ? null : (double) n / invited, dci, change, enps(view),
                dimensions, statements, trends, tools, pains, comparisons.tests(), comments,
                wave.thresholds().kComments(),
                teams(wave, department, publications.get(index)),
                subDepartments(wave, tree, department, publications.get(index)), refs));
    }

    /** The chosen wave's index, the last one by default; -1 when there is none. */
    private static int selected(List<Wave> waves, @Nullable WaveId waveId) {
        if (waves.isEmpty()) {
            return -1;
        }
        return waveId == null ? waves.size() - 1 : indexOf(waves, waveId);
    }

    private static int indexOf(List<Wave> waves, WaveId id) {
        for (int i = 0; i < waves.size(); i++) {
            if (waves.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    static AnonymityFilter filter(Wave wave) {
        return new AnonymityFilter(wave.thresholds().k(), wave.thresholds().kComments());
    }

    private RollupView unit(Wave wave, UnitType type, String id) {
        return rollups.find(wave.id(), type, id).orElseGet(RollupView::empty);
    }

    /** A department's figures at a wave: the sum of its subtree's rollups ({@link Subtrees}). */
    private RollupView subtree(Wave wave, DepartmentTree tree, String id) {
        return Subtrees.of(rollups.all(wave.id(), UnitType.DEPARTMENT), tree, id);
    }

    /** A mean score with its Student's t margin. */
    static Score score(RollupView.Stats stats, int n) {
        return new Score(stats.mean(), Statistics.margin(stats.n(), stats.sum(), stats.sq()), n, null);
    }

    /** A dimension's score and its favourable share: the 4s and 5s among all answers to its statements. */
    static Score dimension(RollupView view, Dimension d) {
        RollupView.Stats stats = view.dimension(d.code());
        double answered = 0;
        double favourable = 0;
        for (Statement st : d.statements()) {
            answered += view.statement(st.code()).n();
            favourable += view.favourable(st.code());
        }
        return new Score(stats.mean(), Statistics.margin(stats.n(), stats.sum(), stats.sq()), view.n(),
                answered == 0 ? null : favourable / answered);
    }

    /** A statement's 1–5 answers on the 0–100 scale ((x − 1) / 4 × 100), with margin and favourable share. */
    static Score statement(RollupView view, Statement st) {
        RollupView.Stats raw = view.statement(st.code());
        double mean = raw.n() == 0 ? Double.NaN : (raw.mean() - 1) / 4 * 100;
        double margin = Statistics.margin(raw.n(), raw.sum(), raw.sq()) * 25;
        return new Score(mean, margin, (int) raw.n(), raw.n() == 0 ? null : view.favourable(st.code()) / raw.n());
    }

    static @Nullable Enps enps(RollupView view) {
        int promoters = (int) (view.recommend(9) + view.recommend(10));
        int passives = (int) (view.recommend(7) + view.recommend(8));
        int detractors = 0;
        for (int s = 0; s <= 6; s++) {
            detractors += (int) view.recommend(s);
        }
        Statistics.EnpsFigures figures = Statistics.enps(promoters, passives, detractors);
        return figures == null ? null : new Enps((int) Math.round(figures.value()), figures.margin(),
                promoters + passives + detractors, promoters, passives, detractors);
    }

    /**
     * The chosen wave's comparisons with the previous closed wave, over every department published in both, tested
     * together (false discovery rate); none for the first wave.
     */
    private WaveComparisons comparisons(List<Wave> waves, int index, List<Publication> publications,
                                        DepartmentTree tree) {
        if (index == 0) {
            return WaveComparisons.none();
        }
        Wave wave = waves.get(index);
        Wave previous = waves.get(index - 1);
        Set<String> comparable = new java.util.HashSet<>(publications.get(index).departments());
        comparable.retainAll(publications.get(index - 1).departments());
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        return WaveComparisons.of(Subtrees.of(rollups.all(wave.id(), UnitType.DEPARTMENT), tree, comparable),
                Subtrees.of(rollups.all(previous.id(), UnitType.DEPARTMENT), tree, comparable), comparable,
                q.painPoints().stream().map(CatalogItem::code).toList());
    }

    /**
     * DCI and dimension trends over all waves, with the company and the department's kind as references. A
     * reference is hidden at a wave where it minus the department would leave fewer than k answers.
     */
    private List<Trend> trends(List<Wave> waves, Department department, DepartmentTree tree, Questionnaire q,
                               Locale locale, List<Publication> publications) {
        List<Trend> trends = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        codes.add("dci");
        q.dimensions().forEach(d -> codes.add(d.code()));
        List<RollupView> depts = waves.stream().map(w -> subtree(w, tree, department.id().value())).toList();
        List<RollupView> companies = waves.stream().map(w -> unit(w, UnitType.COMPANY, RollupKeys.COMPANY)).toList();
        List<RollupView> kinds = waves.stream().map(w -> unit(w, UnitType.KIND, department.kind().name())).toList();
        for (String code : codes) {
            List<TrendPoint> points = new ArrayList<>();
            for (int i = 0; i < waves.size(); i++) {
                Publication publication = publications.get(i);
                Double value = publication.departments().contains(department.id().value())
                        ? measure(depts.get(i), code) : null;
                Double companyValue = publication.company() ? measure(companies.get(i), code) : null;
                Double kindValue = publication.kinds().contains(department.kind()) ? measure(kinds.get(i), code)
                        : null;
                points.add(new TrendPoint(ref(waves.get(i)), value, companyValue, kindValue));
            }
            String label = code.equals("dci") ? "dci" : q.dimensions().stream().filter(d -> d.code().equals(code))
                    .findFirst().map(d -> d.name().in(locale)).orElse(code);
            trends.add(new Trend(code, label, points));
        }
        return trends;
    }

    private static @Nullable Double measure(RollupView view, String code) {
        RollupView.Stats stats = code.equals("dci") ? view.dci() : view.dimension(code);
        return stats.n() == 0 ? null : stats.mean();
    }

    private List<ToolRow> tools(List<Wave> waves, int index, List<RollupView> views, Questionnaire q,
                                Locale locale, Map<WaveId, Boolean> published) {
        Wave wave = waves.get(index);
        RollupView view = views.get(index);
        AnonymityFilter filter = filter(wave);
        List<ToolRow> rows = new ArrayList<>();
        for (CatalogItem tool : q.tools()) {
            Map<WaveId, Double> byWave = new LinkedHashMap<>();
            Double previous = null;
            for (int i = 0; i <= index; i++) {
                Wave w = waves.get(i);
                RollupView v = views.get(i);
                if (published.getOrDefault(w.id(), false) && v.toolAnswered(tool.code()) > 0) {
                    double share = v.toolWeekly(tool.code()) / v.n();
                    byWave.put(w.id(), share);
                    if (i == index - 1) {
                        previous = share;
                    }
                }
            }
            int n = view.n();
            RollupView.Stats comfort = view.toolComfort(tool.code());
            rows.add(new ToolRow(tool.code(), tool.label().in(locale), view.toolWeekly(tool.code()) / n,
                    view.toolDaily(tool.code()) / n, filter.canShow((int) comfort.n()) ? comfort.mean() : null,
                    previous, byWave));
        }
        rows.sort(Comparator.comparingDouble(ToolRow::weeklyShare).reversed());
        return rows;
    }

    private List<PainRow> pains(List<Wave> waves, int index, String id, List<RollupView> views, Questionnaire q,
                                Locale locale, Map<WaveId, Boolean> published, WaveComparisons comparisons) {
        RollupView view = views.get(index);
        List<PainRow> rows = new ArrayList<>();
        for (CatalogItem pain : q.painPoints()) {
            Map<WaveId, Double> byWave = new LinkedHashMap<>();
            Double previous = null;
            for (int i = 0; i <= index; i++) {
                Wave w = waves.get(i);
                RollupView v = views.get(i);
                if (published.getOrDefault(w.id(), false)) {
                    double prevalence = v.pain(pain.code()) / v.n();
                    byWave.put(w.id(), prevalence);
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

    /** The department's own teams that the wave's decision shows (decided with its sub-departments, in one pass). */
    private List<TeamRow> teams(Wave wave, Department department, Publication publication) {
        Map<String, RollupView> teamViews = rollups.all(wave.id(), UnitType.TEAM);
        return organization.teams(department.id()).stream()
                .filter(t -> publication.teams().contains(t.id().value()) && teamViews.containsKey(t.id().value()))
                .map(t -> {
                    RollupView v = teamViews.get(t.id().value());
                    return new TeamRow(t.name(), v.n(), v.dci().mean());
                }).sorted(Comparator.comparing(TeamRow::name)).toList();
    }

    /** The breakdown of a parent department: each direct sub-department the wave's decision shows, on its subtree. */
    private List<PartRow> subDepartments(Wave wave, DepartmentTree tree, Department department,
                                         Publication publication) {
        Map<String, RollupView> own = rollups.all(wave.id(), UnitType.DEPARTMENT);
        Map<String, String> names = organization.departments().stream()
                .collect(Collectors.toMap(d -> d.id().value(), Department::name));
        return tree.children(department.id().value()).stream().filter(publication.departments()::contains)
                .map(child -> {
                    RollupView v = Subtrees.of(own, tree, child);
                    return new PartRow(new DepartmentId(child), names.getOrDefault(child, child), v.n(),
                            v.dci().mean());
                }).sorted(Comparator.comparing(PartRow::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    // ----- company overview

    @PreAuthorize("hasRole('LEAD')")
    public Optional<CompanyOverview> overview(@Nullable WaveId waveId, @Nullable DepartmentKind kindFilter,
                                             Locale locale) {
        List<Wave> waves = campaigns.closedWaves();
        int index = selected(waves, waveId);
        if (index < 0) {
            return Optional.empty();
        }
        Wave wave = waves.get(index);
        AnonymityFilter filter = filter(wave);
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        RollupView company = unit(wave, UnitType.COMPANY, RollupKeys.COMPANY);
        List<Department> all = organization.departments();
        DepartmentTree tree = new DepartmentTree(all);
        Map<String, RollupView> departments = Subtrees.of(rollups.all(wave.id(), UnitType.DEPARTMENT), tree,
                all.stream().map(d -> d.id().value()).toList());
        List<Publication> decided = waves.stream().map(publications::of).toList();
        Set<String> visible = decided.get(index).departments();
        WaveComparisons comparisons = comparisons(waves, index, decided, tree);
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
            versus.put("dci", versus(v.dci(), company.dci()));
            q.dimensions().forEach(dim -> versus.put(dim.code(), versus(v.dimension(dim.code()),
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
            rows.add(new HeatmapRow(d.id(), d.name(), d.kind(), v.n(), v.dci().mean(), dims, enps(v), participation,
                    change, versus));
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
            scope = unit(wave, UnitType.KIND, kindFilter.name());
            Set<String> ofKind = all.stream().filter(d -> d.kind() == kindFilter).map(d -> d.id().value())
                    .collect(Collectors.toSet());
            invitedTotal = wave.invited().entrySet().stream().filter(e -> ofKind.contains(e.getKey()))
                    .mapToInt(Map.Entry::getValue).sum();
            scopeShown = decided.get(index).kinds().contains(kindFilter) && filter.canShow(scope.n());
        }
        // Fewer than k answers in the scope: no count and no rate either, only "fewer than k".
        List<EquityPoint> equity = equity(waves.subList(0, index + 1), all);
        if (kindFilter != null) {
            equity = equity.stream().map(p -> kindFilter == DepartmentKind.SUPPORT
                    ? new EquityPoint(p.wave(), p.supportDci(), null, p.supportParticipation(), null)
                    : new EquityPoint(p.wave(), null, p.frontDci(), null, p.frontParticipation())).toList();
        }
        return Optional.of(new CompanyOverview(ref(wave), kindFilter, filter.k(), scopeShown ? scope.n() : 0,
                invitedTotal == 0 || !scopeShown ? null : (double) scope.n() / invitedTotal,
                scopeShown ? score(scope.dci(), scope.n()) : null,
                scopeShown ? enps(scope) : null,
                q.dimensions().stream().map(Dimension::code).toList(), dimensionLabels, rows,
                equity, alerts, comparisons.tests(), waves.stream().map(BoardService::ref).toList()));
    }

    /** A group's mean against the company's, beyond noise ({@link Statistics#versus}). */
    private static int versus(RollupView.Stats group, RollupView.Stats company) {
        return Statistics.versus(group.mean(), Statistics.margin(group.n(), group.sum(), group.sq()),
                company.mean());
    }

    /** Support functions vs front office over every wave; a side is hidden where it has fewer than k answers. */
    private List<EquityPoint> equity(List<Wave> waves, List<Department> departments) {
        Map<String, DepartmentKind> kinds = departments.stream()
                .collect(Collectors.toMap(d -> d.id().value(), Department::kind));
        List<EquityPoint> points = new ArrayList<>();
        for (Wave w : waves) {
            RollupView support = unit(w, UnitType.KIND, DepartmentKind.SUPPORT.name());
            RollupView front = unit(w, UnitType.KIND, DepartmentKind.FRONT_OFFICE.name());
            Set<DepartmentKind> kinds2 = publications.of(w).kinds();
            boolean both = kinds2.contains(DepartmentKind.SUPPORT) && kinds2.contains(DepartmentKind.FRONT_OFFICE);
            Map<DepartmentKind, Integer> invited = new HashMap<>();
            w.invited().forEach((id, count) -> {
                DepartmentKind kind = kinds.get(id);
                if (kind != null) {
                    invited.merge(kind, count, Integer::sum);
                }
            });
            int supportInvited = invited.getOrDefault(DepartmentKind.SUPPORT, 0);
            int frontInvited = invited.getOrDefault(DepartmentKind.FRONT_OFFICE, 0);
            points.add(new EquityPoint(ref(w), both ? support.dci().mean() : null, both ? front.dci().mean() : null,
                    both && supportInvited > 0 ? (double) support.n() / supportInvited : null,
                    both && frontInvited > 0 ? (double) front.n() / frontInvited : null));
        }
        return points;
    }

    /**
     * What rebuilding every closed wave's figures from its released answers would change, without changing
     * anything: rollups that differ from a fresh computation (none, unless one was damaged) and departments whose
     * publication would change (for instance after a department changed kind).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public RebuildReport previewRebuild() {
        return rebuild(false);
    }

    /**
     * Rebuilds every closed wave's rollups from its released answers and decides its publication again; what changed
     * is returned and recorded in the audit log with who did it (an administrator's repair action).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public RebuildReport rebuildAll() {
        RebuildReport report = rebuild(true);
        audit.record("figures.rebuilt", report.waves() + " waves, " + report.answers() + " answers, "
                + report.rollupsChanged() + " rollups changed, " + report.changes().size() + " publication changes"
                + report.changes().stream().map(c -> "; " + c.wave().label() + " " + c.department()
                        + (c.nowShown() ? " shown" : " hidden")).reduce("", String::concat));
        return report;
    }

    private RebuildReport rebuild(boolean apply) {
        List<Department> all = organization.departments();
        Map<String, String> names = all.stream().collect(Collectors.toMap(d -> d.id().value(), Department::name));
        int answersRead = 0;
        int changedRollups = 0;
        List<PublicationChange> changes = new ArrayList<>();
        List<Wave> closed = campaigns.closedWaves();
        for (Wave w : closed) {
            int k = w.thresholds().k();
            RollupStore.Computed computed = rollups.compute(w.id(), k);
            answersRead += computed.answers();
            changedRollups += rollups.differences(w.id(), computed);
            if (apply) {
                rollups.replace(w.id(), computed);
            }
            Publication before = publications.of(w);
            Publication after = publications.decide(w, all);
            if (!after.sameAs(before)) {
                Set<String> ids = new java.util.TreeSet<>(before.departments());
                ids.addAll(after.departments());
                for (String id : ids) {
                    boolean was = before.departments().contains(id);
                    boolean is = after.departments().contains(id);
                    if (was != is) {
                        changes.add(new PublicationChange(ref(w), names.getOrDefault(id, id), is));
                    }
                }
                if (apply) {
                    publications.store(w, after);
                }
            }
        }
        return new RebuildReport(closed.size(), answersRead, changedRollups, changes);
    }
}
