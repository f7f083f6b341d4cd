package app.symetrie.demo;

import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.barometer.Dimension;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveStatus;
import app.symetrie.map.Prediction;
import app.symetrie.map.PredictionService;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Managers' predictions for the Satisfaction Map, in every wave of the demo barometer. As in published studies of the
 * same exercise, managers over-estimate their team's comfort — by about three quarters of a point in support
 * functions and a third of a point in front office — and expect the pain points they hear about most (procedures,
 * e-mail overload) rather than those the team ticks. About one team manager in four does not predict; in the open
 * wave, the demo manager (Comptabilité) has not predicted yet, so a visitor can.
 */
@Component
class MapDemo implements DemoStep {

    private final PredictionService predictions;
    private final CampaignService campaigns;
    private final QuestionnaireService questionnaires;

    MapDemo(PredictionService predictions, CampaignService campaigns, QuestionnaireService questionnaires) {
        this.predictions = predictions;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
    }

    @Override
    public int order() {
        return 55;
    }

    /** How much a department's managers over-estimate, on the 1–5 scale. */
    static double bias(Department department) {
        return department.kind() == DepartmentKind.SUPPORT ? 0.75 : 0.35;
    }

    @Override
    public void seed(DemoContext context) {
        Random random = new Random(DemoContext.SEED + order());
        List<Wave> waves = campaigns.campaigns().stream().filter(c -> c.name().equals(BarometerDemo.CAMPAIGN))
                .findFirst().map(c -> campaigns.waves(c.id())).orElse(List.of()).stream()
                .sorted(Comparator.comparingInt(Wave::slot)).toList();
        Questionnaire q = questionnaires.current();
        List<PredictionService.Seeded> seeded = new ArrayList<>();
        for (Wave wave : waves) {
            boolean open = wave.status() != WaveStatus.CLOSED;
            for (Department department : context.departments()) {
                List<Employee> managers = context.employees().stream()
                        .filter(e -> e.manager() && e.departmentId().equals(department.id())).toList();
                for (Employee manager : managers) {
                    boolean demoManager = manager.email().value().startsWith("manager@");
                    if (open && demoManager || !demoManager && random.nextDouble() < 0.25) {
                        continue;
                    }
                    seeded.add(new PredictionService.Seeded(wave.id(), department.id(), manager,
                            prediction(q, department, wave.slot(), random)));
                }
            }
        }
        predictions.importDemo(seeded);
    }

    private static Prediction prediction(Questionnaire q, Department department, int slot, Random random) {
        double level = BarometerDemo.level(department, slot) + bias(department);
        Map<String, Integer> dimensions = new HashMap<>();
        for (Dimension d : q.dimensions()) {
            // Managers see a little of each dimension's real shape, blurred.
            double mean = level + 0.5 * BarometerDemo.dimensionOffset(department, d.code());
            dimensions.put(d.code(), scale(mean + random.nextGaussian() * 0.3));
        }
        Map<String, Integer> moments = new HashMap<>();
        for (CatalogItem m : q.moments()) {
            double mean = level + 0.3 * BarometerDemo.momentOffset(department, m.code());
            moments.put(m.code(), scale(mean + random.nextGaussian() * 0.3));
        }
        // The pain points a manager hears about, and one the team really ticks most.
        List<String> byTeam = q.painPoints().stream().map(CatalogItem::code)
                .sorted(Comparator.comparingDouble((String code) -> -BarometerDemo.painProbability(department, code,
                        slot))).toList();
        Set<String> pains = new LinkedHashSet<>();
        pains.add("heavy_procedures");
        pains.add(random.nextBoolean() ? "notification_overload" : "too_many_tools");
        pains.add(byTeam.get(random.nextInt(2)));
        Set<String> known = Set.copyOf(q.painPoints().stream().map(CatalogItem::code).toList());
        pains.retainAll(known);
        if (pains.isEmpty()) {
            pains.add(byTeam.getFirst());
        }
        return new Prediction(dimensions, pains, moments);
    }

    private static int scale(double value) {
        return (int) Math.max(1, Math.min(5, Math.round(value)));
    }
}
