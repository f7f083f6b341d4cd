package app.symetrie.internalcustomer;

import app.symetrie.barometer.ServiceRatingsReleased;
import app.symetrie.barometer.ServiceStatements;
import app.symetrie.common.SmallGroups;
import app.symetrie.internalcustomer.internal.FunctionFiguresDocument;
import app.symetrie.internalcustomer.internal.FunctionFiguresDocument.Group;
import app.symetrie.internalcustomer.internal.FunctionFiguresDocument.PainCount;
import app.symetrie.internalcustomer.internal.FunctionFiguresDocument.Pains;
import app.symetrie.internalcustomer.internal.FunctionFiguresDocument.StatementSums;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rolls a wave's ratings of support functions up into the figures that may be stored and shown, once, at the close
 * (docs/PRODUCT.md, docs/decisions/031-internal-customers.md):
 * <ul>
 *   <li>a rater's <b>satisfaction</b> with a function is the mean of the statements they answered, on 0–100
 *   ((mean − 1) / 4 × 100); a group's is the mean over its raters;</li>
 *   <li>groups: every rater ({@link #ALL}), and each kind of rater (front office, support functions) where the
 *   answer names its kind. A group is kept only with at least k raters, and the kinds only as the differencing rule
 *   lets them beside the whole ({@link SmallGroups}): if "other support functions" has 1 to k − 1 raters, front office
 *   is hidden too, else it would give them away as the total minus front office;</li>
 *   <li>each statement, within a kept group, under the same two rules on the number who answered it;</li>
 *   <li>the pain points of the raters dissatisfied with the function (satisfaction under 50), where they are at least
 *   k and so are the wave's other respondents.</li>
 * </ul>
 */
final class InternalCustomerRollup {

    static final String ALL = "ALL";
    static final List<String> KINDS = List.of("FRONT_OFFICE", "SUPPORT");
    /** A satisfaction under this is "dissatisfied": below the scale's neutral middle. */
    static final double DISSATISFIED_BELOW = 50.0;

    private InternalCustomerRollup() {
    }

    static List<FunctionFiguresDocument> of(ServiceRatingsReleased wave) {
        int k = wave.k();
        Map<String, List<ServiceRatingsReleased.Rater>> byFunction = new TreeMap<>();
        wave.raters().forEach(r -> r.ratings().keySet().forEach(f ->
                byFunction.computeIfAbsent(f, x -> new ArrayList<>()).add(r)));
        List<FunctionFiguresDocument> figures = new ArrayList<>();
        if (wave.respondents() < k) {
            return figures; // a wave under k publishes nothing at all
        }
        byFunction.forEach((function, raters) -> figures.add(function(wave, function, raters, k)));
        return figures;
    }

    private static FunctionFiguresDocument function(ServiceRatingsReleased wave, String function,
                                                    List<ServiceRatingsReleased.Rater> raters, int k) {
        Map<String, Sums> groups = new LinkedHashMap<>();
        groups.put(ALL, new Sums());
        KINDS.forEach(kind -> groups.put(kind, new Sums()));
        List<ServiceRatingsReleased.Rater> dissatisfied = new ArrayList<>();
        for (ServiceRatingsReleased.Rater rater : raters) {
            Map<String, Integer> ratings = Objects.requireNonNull(rater.ratings().get(function),
                    "raters are grouped by the functions they rated");
            double score = (ratings.values().stream().mapToInt(Integer::intValue).average().orElseThrow() - 1) / 4 * 100;
            groups.get(ALL).add(score, ratings);
            if (rater.kind() != null && groups.containsKey(rater.kind())) {
                groups.get(rater.kind()).add(score, ratings);
            }
            if (score < DISSATISFIED_BELOW) {
                dissatisfied.add(rater);
            }
        }
        Sums all = groups.get(ALL);
        Map<String, Integer> kindCounts = new LinkedHashMap<>();
        // groups holds ALL and every kind, put above
        KINDS.forEach(kind -> kindCounts.put(kind, Objects.requireNonNull(groups.get(kind)).n));
        Set<String> shownKinds = SmallGroups.shown(all.n, kindCounts, k);
        List<String> shown = new ArrayList<>();
        if (all.n >= k) {
            shown.add(ALL);
            KINDS.stream().filter(shownKinds::contains).forEach(shown::add);
        }
        // Each statement: its own count in the whole, and in the shown kinds, under the same rule.
        Map<String, Set<String>> statementShown = new HashMap<>();
        for (String code : ServiceStatements.CODES) {
            int whole = all.statementN(code);
            Map<String, Integer> inKinds = new LinkedHashMap<>();
            shown.stream().filter(g -> !ALL.equals(g))
                    .forEach(g -> inKinds.put(g, Objects.requireNonNull(groups.get(g)).statementN(code)));
            Set<String> groupsShowing = new java.util.HashSet<>(SmallGroups.shown(whole, inKinds, k));
            if (whole >= k && shown.contains(ALL)) {
                groupsShowing.add(ALL);
            }
            statementShown.put(code, groupsShowing);
        }
        List<Group> stored = new ArrayList<>();
        for (String g : shown) {
            Sums sums = Objects.requireNonNull(groups.get(g));
            List<StatementSums> statements = ServiceStatements.CODES.stream()
                    .filter(code -> Objects.requireNonNull(statementShown.get(code), "put for every code above")
                            .contains(g)).map(sums::statement).toList();
            stored.add(new Group(g, sums.n, sums.sum, sums.sumSquares, statements));
        }
        Pains pains = null;
        // The satisfied raters (all raters minus the dissatisfied) are a group too: shown beside n, they must be none
        // or at least k, or the two numbers would tell that fewer than k raters scored it 50 or more.
        int satisfied = shown.contains(ALL) ? groups.get(ALL).n - dissatisfied.size() : 0;
        if (shown.contains(ALL) && dissatisfied.size() >= k && wave.respondents() - dissatisfied.size() >= k
                && (satisfied == 0 || satisfied >= k)) {
            Map<String, Integer> counts = new TreeMap<>();
            dissatisfied.forEach(r -> r.painPoints().forEach(p -> counts.merge(p, 1, Integer::sum)));
            pains = new Pains(dissatisfied.size(), painCounts(counts), wave.respondents(),
                    painCounts(new TreeMap<>(wave.painCounts())));
        }
        return new FunctionFiguresDocument(FunctionFiguresDocument.idOf(wave.waveId().value(), function),
                wave.waveId().value(), function, k, stored, pains);
    }

    private static List<PainCount> painCounts(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new PainCount(e.getKey(), e.getValue())).sorted(Comparator.comparing(PainCount::code))
                .toList();
    }

    /** Counts and sums of one group of raters. */
    private static final class Sums {
        int n;
        double sum;
        double sumSquares;
        final Map<String, long[]> statements = new HashMap<>(); // code → n, sum, sum of squares, favourable

        void add(double score, Map<String, Integer> ratings) {
            n++;
            sum += score;
            sumSquares += score * score;
            ratings.forEach((code, value) -> {
                long[] s = statements.computeIfAbsent(code, c -> new long[4]);
                s[0]++;
                s[1] += value;
                s[2] += (long) value * value;
                s[3] += value >= 4 ? 1 : 0;
            });
        }

        int statementN(String code) {
            long[] s = statements.get(code);
            return s == null ? 0 : (int) s[0];
        }

        StatementSums statement(String code) {
            long[] s = statements.getOrDefault(code, new long[4]);
            return new StatementSums(code, (int) s[0], s[1], s[2], (int) s[3]);
        }
    }
}
