package app.symetrie.demo;

import app.symetrie.board.BoardRecords.WaveRef;
import app.symetrie.board.BoardService;
import app.symetrie.mirror.CustomerFigure;
import app.symetrie.mirror.CustomerMirrorService;
import app.symetrie.mirror.MeasureKind;
import app.symetrie.mirror.Quarter;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * The customer mirror's figures: a CSAT per quarter of the six closed waves for six front-office departments, loosely
 * following each department's published comfort (Service client's CSAT dips with its comfort when the new CRM rolls
 * out), and one counter-example: E-commerce, whose customers are the most satisfied but less so every quarter while
 * its comfort rises (a delivery partner's troubles, not its tools). Service client also has an NPS, alone in its
 * measure, so that the view shows what it says with too few departments. Runs last, from the published figures.
 */
@Component
class CustomerMirrorDemo implements DemoStep {

    static final List<String> FOLLOWING = List.of("Service client", "Ventes grands comptes", "Agence Lille",
            "Agence Lyon", "Agence Marseille");
    static final String COUNTER_EXAMPLE = "E-commerce";
    private static final Map<String, String> SOURCES = Map.of(
            "Service client", "Enquête après contact", "Ventes grands comptes", "Revue annuelle clients",
            "E-commerce", "Avis après commande");
    private static final Map<String, Integer> RESPONDENTS = Map.of(
            "Service client", 1200, "Ventes grands comptes", 90, "E-commerce", 2500);

    private final CustomerMirrorService mirror;
    private final BoardService boards;

    CustomerMirrorDemo(CustomerMirrorService mirror, BoardService boards) {
        this.mirror = mirror;
        this.boards = boards;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void seed(DemoContext context) {
        Random random = new Random(DemoContext.SEED + order());
        Map<String, Department> byName = new HashMap<>();
        context.departments().stream().filter(d -> d.kind() == DepartmentKind.FRONT_OFFICE)
                .forEach(d -> byName.put(d.name(), d));
        List<CustomerFigure> figures = new ArrayList<>();
        List<WaveRef> waves = boards.publishedWaves();
        for (int slot = 0; slot < waves.size(); slot++) {
            WaveRef wave = waves.get(slot);
            Quarter quarter = Quarter.of(wave.closesOn());
            Map<String, Double> comfort = new HashMap<>();
            boards.overview(wave.id(), DepartmentKind.FRONT_OFFICE, Locale.FRENCH).ifPresent(o -> o.rows()
                    .forEach(row -> {
                        if (row.dci() != null) {
                            comfort.put(row.name(), row.dci());
                        }
                    }));
            for (String name : FOLLOWING) {
                Department department = byName.get(name);
                if (department == null) {
                    continue;
                }
                double dci = comfort.getOrDefault(name, 62.0);
                figures.add(figure(department, quarter, MeasureKind.CSAT,
                        28 + 0.72 * dci + random.nextGaussian() * 1.8, random));
                if (name.equals("Service client")) {
                    figures.add(figure(department, quarter, MeasureKind.NPS,
                            2.2 * (dci - 52) + random.nextGaussian() * 3, random));
                }
            }
            Department counter = byName.get(COUNTER_EXAMPLE);
            if (counter != null) {
                figures.add(figure(counter, quarter, MeasureKind.CSAT, 86 - 3.5 * slot + random.nextGaussian(),
                        random));
            }
        }
        mirror.saveAll(figures);
    }

    private static CustomerFigure figure(Department department, Quarter quarter, MeasureKind kind, double value,
                                         Random random) {
        double rounded = Math.round(Math.max(kind.min(), Math.min(kind.max(), value)) * 10) / 10.0;
        int base = RESPONDENTS.getOrDefault(department.name(), 220);
        return new CustomerFigure(department.id(), quarter, kind, rounded,
                (int) (base * (0.8 + 0.4 * random.nextDouble())),
                SOURCES.getOrDefault(department.name(), "Questionnaire en agence"));
    }
}
