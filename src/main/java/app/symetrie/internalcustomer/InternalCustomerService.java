package app.symetrie.internalcustomer;

import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.ServiceStatements;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveId;
import app.symetrie.board.BoardService;
import app.symetrie.common.Role;
import app.symetrie.internalcustomer.InternalCustomerRecords.Panel;
import app.symetrie.internalcustomer.InternalCustomerRecords.PainShare;
import app.symetrie.internalcustomer.InternalCustomerRecords.Satisfaction;
import app.symetrie.internalcustomer.InternalCustomerRecords.Score;
import app.symetrie.internalcustomer.InternalCustomerRecords.SupportFunction;
import app.symetrie.internalcustomer.InternalCustomerRecords.Symmetry;
import app.symetrie.internalcustomer.InternalCustomerRecords.SymmetryPoint;
import app.symetrie.internalcustomer.InternalCustomerRecords.WavePanel;
import app.symetrie.internalcustomer.InternalCustomerRecords.WaveRef;
import app.symetrie.internalcustomer.internal.FiguresStore;
import app.symetrie.internalcustomer.internal.FunctionFiguresDocument;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.DepartmentTree;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.CurrentUser;
import app.symetrie.security.SignedInUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.math3.distribution.TDistribution;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reads the internal-customer figures of closed waves: a support function's panel (its manager, or a lead) and the
 * company's two-axis view (leads). Only the figures stored at the close exist, so nothing here can show a group of
 * raters the close did not let through.
 */
@Service
public class InternalCustomerService {

    private final FiguresStore store;
    private final CampaignService campaigns;
    private final QuestionnaireService questionnaires;
    private final OrganizationService organization;
    private final BoardService boards;

    InternalCustomerService(FiguresStore store, CampaignService campaigns, QuestionnaireService questionnaires,
                            OrganizationService organization, BoardService boards) {
        this.store = store;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.organization = organization;
        this.boards = boards;
    }

    /**
     * The support functions whose panel the signed-in person may read: every one for a lead; for a manager, the
     * function their department is (or is inside); none otherwise.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public List<SupportFunction> readableFunctions() {
        SignedInUser user = CurrentUser.require();
        List<Department> departments = organization.departments();
        List<SupportFunction> all = ServiceStatements.functions(departments).stream()
                .map(d -> new SupportFunction(d.id(), d.name())).toList();
        if (user.has(Role.LEAD)) {
            return all;
        }
        if (user.departmentId() == null) {
            return List.of();
        }
        List<String> chain = new DepartmentTree(departments).ancestorsOrSelf(user.departmentId().value());
        return all.stream().filter(f -> chain.contains(f.id().value())).toList();
    }

    /**
     * A support function's internal-customer panel over every closed wave.
     *
     * @throws AccessDeniedException when the signed-in person may not read it
     */
    @PreAuthorize("hasRole('MANAGER')")
    public Panel panel(DepartmentId functionId, Locale locale) {
        SupportFunction function = readableFunctions().stream().filter(f -> f.id().equals(functionId)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a support function this person may read"));
        Map<String, FunctionFiguresDocument> byWave = store.ofFunction(functionId.value()).stream()
                .collect(Collectors.toMap(FunctionFiguresDocument::waveId, Function.identity()));
        List<WavePanel> waves = new ArrayList<>();
        for (Wave wave : campaigns.closedWaves()) {
            FunctionFiguresDocument figures = byWave.get(wave.id().value());
            waves.add(figures == null ? new WavePanel(ref(wave), wave.thresholds().k(), false, null, null, null,
                    null, List.of()) : wavePanel(wave, figures, locale));
        }
        return new Panel(function, waves);
    }

    /**
     * Every support function on two axes for a closed wave (the latest by default): its own digital comfort, as its
     * board publishes it, against the satisfaction of those it serves. Empty when no wave is closed.
     */
    @PreAuthorize("hasRole('LEAD')")
    public Optional<Symmetry> symmetry(@Nullable WaveId waveId, Locale locale) {
        List<Wave> closed = campaigns.closedWaves();
        if (closed.isEmpty()) {
            return Optional.empty();
        }
        Wave wave = closed.stream().filter(w -> w.id().equals(waveId)).findFirst().orElse(closed.getLast());
        Map<String, Double> comfort = new HashMap<>();
        boards.overview(wave.id(), DepartmentKind.SUPPORT, locale).ifPresent(o -> o.rows().forEach(row -> {
            if (row.dci() != null) {
                comfort.put(row.departmentId().value(), row.dci());
            }
        }));
        Map<String, FunctionFiguresDocument> figures = store.ofWave(wave.id().value()).stream()
                .collect(Collectors.toMap(FunctionFiguresDocument::functionId, Function.identity()));
        List<SymmetryPoint> points = new ArrayList<>();
        for (Department d : ServiceStatements.functions(organization.departments())) {
            FunctionFiguresDocument f = figures.get(d.id().value());
            FunctionFiguresDocument.Group all = f == null ? null : group(f, InternalCustomerRollup.ALL);
            points.add(new SymmetryPoint(new SupportFunction(d.id(), d.name()), comfort.get(d.id().value()),
                    all == null ? null : all.sum() / all.n(), all == null ? null : all.n()));
        }
        return Optional.of(new Symmetry(ref(wave), points, closed.stream().map(InternalCustomerService::ref).toList()));
    }

    static WaveRef ref(Wave w) {
        return new WaveRef(w.id(), w.opensOn().getYear() + "-" + String.format(Locale.ROOT, "%02d",
                w.opensOn().getMonthValue()));
    }

    private WavePanel wavePanel(Wave wave, FunctionFiguresDocument figures, Locale locale) {
        List<PainShare> pains = new ArrayList<>();
        FunctionFiguresDocument.Pains p = figures.pains();
        if (p != null) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (CatalogItem item : questionnaires.version(wave.questionnaireVersion()).painPoints()) {
                labels.put(item.code(), item.label().in(locale));
            }
            Map<String, Integer> company = new HashMap<>();
            p.companyCounts().forEach(c -> company.put(c.code(), c.count()));
            p.counts().forEach(c -> pains.add(new PainShare(c.code(), labels.getOrDefault(c.code(), c.code()),
                    100.0 * c.count() / p.dissatisfied(),
                    100.0 * company.getOrDefault(c.code(), 0) / Math.max(1, p.respondents()))));
            pains.sort(Comparator.comparingDouble(PainShare::excess).reversed()
                    .thenComparing(PainShare::share, Comparator.reverseOrder()).thenComparing(PainShare::code));
        }
        return new WavePanel(ref(wave), figures.k(), !figures.groups().isEmpty(),
                satisfaction(group(figures, InternalCustomerRollup.ALL)),
                satisfaction(group(figures, "FRONT_OFFICE")), satisfaction(group(figures, "SUPPORT")),
                p == null ? null : p.dissatisfied(), pains);
    }

    private static FunctionFiguresDocument.@Nullable Group group(FunctionFiguresDocument figures, String raters) {
        return figures.groups().stream().filter(g -> g.raters().equals(raters)).findFirst().orElse(null);
    }

    static @Nullable Satisfaction satisfaction(FunctionFiguresDocument.@Nullable Group group) {
        if (group == null || group.n() == 0) {
            return null;
        }
        Map<String, Score> statements = new LinkedHashMap<>();
        for (FunctionFiguresDocument.StatementSums s : group.statements()) {
            if (s.n() == 0) {
                continue;
            }
            // A 1–5 answer x scores (x − 1) / 4 × 100: the mean and the margin scale alike.
            double mean = (double) s.sum() / s.n();
            statements.put(s.code(), new Score((mean - 1) / 4 * 100, margin(s.n(), s.sum(), s.sumSquares()) * 25,
                    s.n(), 100.0 * s.favourable() / s.n()));
        }
        return new Satisfaction(new Score(group.sum() / group.n(), margin(group.n(), group.sum(), group.sumSquares()),
                group.n(), null), statements);
    }

    /** Half-width of the 95 % Student's t interval of a mean from n, sum and sum of squares; NaN under 2. */
    static double margin(double n, double sum, double sumSquares) {
        if (n < 2) {
            return Double.NaN;
        }
        double variance = Math.max(0, (sumSquares - sum * sum / n) / (n - 1));
        return new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(variance / n);
    }
}
