package app.symetrie.map;

import app.symetrie.barometer.CampaignId;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.barometer.Dimension;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveId;
import app.symetrie.barometer.WaveStatus;
import app.symetrie.board.BoardService;
import app.symetrie.board.UnitFigures;
import app.symetrie.board.UnitFigures.Interval;
import app.symetrie.common.Role;
import app.symetrie.map.SatisfactionMap.PainRow;
import app.symetrie.map.SatisfactionMap.Row;
import app.symetrie.map.internal.MapSettingDocument;
import app.symetrie.map.internal.PredictionDocument;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
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
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The Satisfaction Map of a closed wave. Who reads which map:
 * <ul>
 *   <li>a lead: every department's and the company's;</li>
 *   <li>a manager: their department's (and its sub-departments');</li>
 *   <li>a department's people: their department's, when the campaign publishes maps to employees (on by default) —
 *   even when the gap is large.</li>
 * </ul>
 * The employees' side is read through the wave's single publication decision: where the board hides the department,
 * the map shows no figure, no gap and no prediction either (a prediction beside nothing says nothing, and a gap
 * needs the hidden mean).
 */
@Service
public class MapService {

    /** A closed wave a map can be read for. */
    public record WaveChoice(WaveId id, CampaignId campaignId, String label) {
    }

    private final CampaignService campaigns;
    private final QuestionnaireService questionnaires;
    private final OrganizationService organization;
    private final BoardService boards;
    private final UnitFigures figures;
    private final PredictionService predictions;
    private final MongoTemplate mongo;

    MapService(CampaignService campaigns, QuestionnaireService questionnaires, OrganizationService organization,
               BoardService boards, UnitFigures figures, PredictionService predictions,
               MongoTemplate mongo) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.organization = organization;
        this.boards = boards;
        this.figures = figures;
        this.predictions = predictions;
        this.mongo = mongo;
    }

    // ----- who reads what

    private boolean manages(SignedInUser user, DepartmentId department) {
        return user.has(Role.MANAGER) && user.departmentId() != null
                && boards.subtree(user.departmentId()).contains(department);
    }

    private static boolean member(SignedInUser user, DepartmentId department) {
        return department.equals(user.departmentId());
    }

    /** The departments whose map the signed-in person may open: all for a lead, their own otherwise. */
    @PreAuthorize("isAuthenticated()")
    public List<Department> departments() {
        SignedInUser user = CurrentUser.require();
        return organization.departments().stream()
                .filter(d -> user.has(Role.LEAD) || manages(user, d.id()) || member(user, d.id()))
                .sorted(Comparator.comparing(Department::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Closed waves that invited the department (null: every closed wave), newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<WaveChoice> waves(@Nullable DepartmentId department) {
        Set<String> subtree = department == null ? Set.of()
                : new DepartmentTree(organization.departments()).subtree(department.value());
        List<WaveChoice> result = new ArrayList<>();
        campaigns.closedWaves().stream().sorted(Comparator.comparing(Wave::closesOn).reversed())
                .filter(w -> department == null || w.invited().keySet().stream().anyMatch(subtree::contains))
                .forEach(w -> result.add(new WaveChoice(w.id(), w.campaignId(), w.campaignName() + " · "
                        + w.period())));
        return result;
    }

    /** Whether the campaign shows each closed wave's map to the department's people (on unless a lead turned it off). */
    @PreAuthorize("isAuthenticated()")
    public boolean publishedToEmployees(CampaignId campaign) {
        MapSettingDocument setting = mongo.findById(campaign.value(), MapSettingDocument.class);
        return setting == null || setting.publishedToEmployees();
    }

    @PreAuthorize("hasRole('LEAD')")
    public void setPublishedToEmployees(CampaignId campaign, boolean published) {
        mongo.save(new MapSettingDocument(campaign.value(), published));
    }

    /**
     * The map of a closed wave for a department (null: the company, for a lead). Empty when the wave is not closed,
     * or when the person is one of the department's people and the campaign does not publish maps to employees.
     *
     * @throws AccessDeniedException for a map the person may not read
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<SatisfactionMap> map(WaveId waveId, @Nullable DepartmentId department, Locale locale) {
        SignedInUser user = CurrentUser.require();
        boolean management = user.has(Role.LEAD) || department != null && manages(user, department);
        if (!management && (department == null || !member(user, department))) {
            throw new AccessDeniedException("not a map this person may read");
        }
        Optional<Wave> closed = campaigns.wave(waveId).filter(w -> w.status() == WaveStatus.CLOSED);
        if (closed.isEmpty()) {
            return Optional.empty();
        }
        Wave wave = closed.get();
        boolean published = publishedToEmployees(wave.campaignId());
        if (!management && !published) {
            return Optional.empty();
        }
        Questionnaire q = questionnaires.version(wave.questionnaireVersion());
        String unitName = department == null ? ""
                : organization.department(department).map(Department::name).orElse(department.value());
        List<PredictionDocument> predicted = predictions.predictions(waveId, department);
        List<String> predictors = predicted.stream().map(PredictionDocument::predictorName).toList();
        List<String> missing = department == null ? List.of() : predictions.missing(waveId, department).stream()
                .map(e -> e.firstName() + " " + e.lastName()).toList();
        Optional<UnitFigures.Figures> employees = figures.of(waveId, department);
        if (employees.isEmpty()) {
            return Optional.of(new SatisfactionMap(waveId, wave.campaignName(), wave.opensOn(), wave.closesOn(),
                    department, unitName, false, wave.thresholds().k(), 0, List.of(), List.of(), List.of(), predictors,
                    missing, published));
        }
        UnitFigures.Figures f = employees.get();
        List<Map<String, Integer>> dimensionPredictions = predicted.stream().map(PredictionDocument::dimensions)
                .toList();
        List<Map<String, Integer>> momentPredictions = predicted.stream().map(PredictionDocument::moments).toList();

        List<Row> dimensionRows = new ArrayList<>();
        for (Dimension d : q.dimensions()) {
            dimensionRows.add(Gaps.row(d.code(), d.name().in(locale), Gaps.mean(dimensionPredictions, d.code()),
                    f.dimensions().get(d.code())));
        }
        Map<String, Interval> momentFigures = figures.moments(waveId, department);
        List<Row> momentRows = new ArrayList<>();
        for (CatalogItem m : q.moments()) {
            momentRows.add(Gaps.row(m.code(), m.label().in(locale), Gaps.mean(momentPredictions, m.code()),
                    momentFigures.get(m.code())));
        }
        Map<String, String> painLabels = new LinkedHashMap<>();
        q.painPoints().forEach(p -> painLabels.put(p.code(), p.label().in(locale)));
        Map<String, Integer> predictedBy = new HashMap<>();
        predicted.forEach(p -> p.painPoints().forEach(code -> predictedBy.merge(code, 1, Integer::sum)));
        List<PainRow> pains = Gaps.pains(f.pains(), predictedBy, painLabels);
        return Optional.of(new SatisfactionMap(waveId, wave.campaignName(), wave.opensOn(), wave.closesOn(),
                department, unitName, true, f.k(), f.n(), Gaps.sorted(dimensionRows), Gaps.sorted(momentRows), pains,
                predictors, missing, published));
    }
}
