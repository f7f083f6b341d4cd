package app.symetrie.demo;

import app.symetrie.barometer.ServiceStatements;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo's ratings of support functions by their internal customers (the survey's optional block): about half of
 * the respondents rate one to three functions they deal with — IT most often. The story: front office rates IT and
 * Purchasing low (slow requests, little self-service), other support functions are kinder to them, and the others sit
 * around the middle and improve slowly. People held up by a function's usual pain points (slow IT support, waiting for
 * access rights, old equipment for IT; heavy procedures and old equipment for Purchasing) rate it lower, so its panel's
 * pain points of dissatisfied raters tell a story. Drawn from their own random stream, so the rest of the demo stays
 * as it was.
 */
final class InternalCustomersDemo {

    /** How often a respondent deals with each function (by name), when rating at all. */
    private static final Map<String, Double> DEALS_WITH = Map.of(
            "Informatique", 0.85, "Ressources humaines", 0.45, "Comptabilité", 0.25,
            "Finance et contrôle de gestion", 0.2, "Achats", 0.35, "Services généraux", 0.3, "Juridique", 0.1);
    static final List<String> RATED_LOW_BY_FRONT_OFFICE = List.of("Informatique", "Achats");
    /** What a pain point the respondent ticked takes off their rating of a function (by name), on the 1–5 scale. */
    private static final Map<String, Map<String, Double>> PAIN_EFFECT = Map.of(
            "Informatique", Map.of("slow_support", 1.0, "waiting_access", 0.8, "slow_equipment", 0.5),
            "Achats", Map.of("heavy_procedures", 0.9, "slow_equipment", 0.6),
            "Ressources humaines", Map.of("heavy_procedures", 0.4),
            "Comptabilité", Map.of("heavy_procedures", 0.5));

    private InternalCustomersDemo() {
    }

    /** One respondent's ratings: support function id → statement → 1–5 (empty when they skip the block). */
    static Map<String, Map<String, Integer>> ratings(List<Department> departments, Department rater, int slot,
                                                     java.util.Set<String> pains, Random random) {
        Map<String, Map<String, Integer>> ratings = new HashMap<>();
        if (random.nextDouble() > 0.55) {
            return ratings;
        }
        List<ServiceStatements.RatedFunction> offered = new ArrayList<>(
                ServiceStatements.offeredTo(departments, rater.id().value()));
        Collections.shuffle(offered, random);
        for (ServiceStatements.RatedFunction f : offered) {
            if (ratings.size() == ServiceStatements.MAX_FUNCTIONS) {
                break;
            }
            if (random.nextDouble() >= DEALS_WITH.getOrDefault(f.name(), 0.2)) {
                continue;
            }
            Map<String, Integer> values = new HashMap<>();
            for (String code : ServiceStatements.CODES) {
                if (random.nextDouble() < 0.08) {
                    continue; // skipped: cannot judge
                }
                double mean = level(f.name(), rater.kind(), slot) + offset(f.name(), code) - PAIN_EFFECT
                        .getOrDefault(f.name(), Map.of()).entrySet().stream().filter(e -> pains.contains(e.getKey()))
                        .mapToDouble(Map.Entry::getValue).sum();
                values.put(code, (int) Math.max(1, Math.min(5, Math.round(mean + random.nextGaussian() * 0.8))));
            }
            if (!values.isEmpty()) {
                ratings.put(f.departmentId(), values);
            }
        }
        return ratings;
    }

    private static double level(String function, DepartmentKind raterKind, int slot) {
        boolean front = raterKind == DepartmentKind.FRONT_OFFICE;
        if (RATED_LOW_BY_FRONT_OFFICE.contains(function)) {
            return (front ? 2.5 : 3.3) + 0.03 * slot;
        }
        return (front ? 3.55 : 3.65) + 0.04 * slot;
    }

    private static double offset(String function, String statement) {
        return switch (function + "/" + statement) {
            case "Informatique/self_service" -> -0.4;
            case "Achats/responsiveness" -> -0.45;
            case "Ressources humaines/clarity" -> -0.3;
            case "Juridique/clarity" -> -0.35;
            default -> 0;
        };
    }
}
