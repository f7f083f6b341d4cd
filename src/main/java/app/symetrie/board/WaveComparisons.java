package app.symetrie.board;

import app.symetrie.board.BoardRecords.Change;
import app.symetrie.board.internal.RollupView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Every comparison a wave makes with the previous one, tested together: for each department published in both
 * waves, its DCI (Welch's t test) and each pain point's prevalence (two-proportion z test). The false discovery rate
 * is controlled across all of them at once (Benjamini–Hochberg at 5 %): with 15–50 departments and 11 indicators each,
 * testing each at 5 % alone would raise false alarms every wave. The ▲▼ arrows of the boards, "significant" changes
 * and the overview's alerts all read this one result, so a screen never calls a change that another does not.
 */
final class WaveComparisons {

    /** A pain point's change in one department. */
    record PainTest(double before, double now, int answersBefore, int answersNow, double pValue,
                    boolean significant) {
    }

    private final Map<String, Change> dci;
    private final Map<String, Map<String, PainTest>> pains;
    private final int tests;

    private WaveComparisons(Map<String, Change> dci, Map<String, Map<String, PainTest>> pains, int tests) {
        this.dci = dci;
        this.pains = pains;
        this.tests = tests;
    }

    static WaveComparisons none() {
        return new WaveComparisons(Map.of(), Map.of(), 0);
    }

    /**
     * @param now        this wave's department rollups
     * @param before     the previous wave's department rollups
     * @param comparable departments published in both waves (only those are compared)
     * @param painCodes  the pain points of this wave's questionnaire
     */
    static WaveComparisons of(Map<String, RollupView> now, Map<String, RollupView> before, Set<String> comparable,
                              List<String> painCodes) {
        List<Double> pValues = new ArrayList<>();
        List<Runnable> apply = new ArrayList<>();
        Map<String, Change> dci = new HashMap<>();
        Map<String, Map<String, PainTest>> pains = new HashMap<>();
        List<boolean[]> decided = new ArrayList<>(1);
        for (String id : new TreeSet<>(comparable)) {
            @Nullable RollupView a = now.get(id);
            @Nullable RollupView b = before.get(id);
            if (a == null || b == null || a.n() == 0 || b.n() == 0) {
                continue;
            }
            RollupView.Stats x = a.dci();
            RollupView.Stats y = b.dci();
            Statistics.Welch welch = Statistics.welch(x.n(), x.sum(), x.sq(), y.n(), y.sum(), y.sq());
            if (welch != null) {
                int index = pValues.size();
                pValues.add(welch.pValue());
                apply.add(() -> dci.put(id, new Change(welch.before(), welch.now(), welch.delta(), welch.low(),
                        welch.high(), welch.df(), welch.pValue(), decided.getFirst()[index])));
            }
            for (String code : painCodes) {
                double x1 = a.pain(code);
                double x0 = b.pain(code);
                int index = pValues.size();
                double p = Statistics.twoProportionPValue(x1, a.n(), x0, b.n());
                pValues.add(p);
                apply.add(() -> pains.computeIfAbsent(id, k -> new HashMap<>()).put(code, new PainTest(x0 / b.n(),
                        x1 / a.n(), b.n(), a.n(), p, decided.getFirst()[index])));
            }
        }
        decided.add(Statistics.benjaminiHochberg(pValues, Statistics.FDR));
        apply.forEach(Runnable::run);
        return new WaveComparisons(dci, pains, pValues.size());
    }

    /** The department's DCI change, when it was published in both waves. */
    @Nullable Change dci(String department) {
        return dci.get(department);
    }

    /** The department's pain-point change, when it was published in both waves. */
    @Nullable PainTest pain(String department, String code) {
        Map<String, PainTest> byCode = pains.get(department);
        return byCode == null ? null : byCode.get(code);
    }

    /** How many comparisons the false-discovery control covered. */
    int tests() {
        return tests;
    }

    /** Every department's DCI change (called or not). */
    Map<String, Change> dciChanges() {
        return Map.copyOf(dci);
    }

    /** Every department's pain-point changes (called or not). */
    Map<String, Map<String, PainTest>> painTests() {
        return Map.copyOf(pains);
    }
}
