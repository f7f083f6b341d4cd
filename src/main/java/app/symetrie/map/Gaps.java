package app.symetrie.map;

import app.symetrie.board.UnitFigures.Interval;
import app.symetrie.map.SatisfactionMap.PainRow;
import app.symetrie.map.SatisfactionMap.Row;
import app.symetrie.map.SatisfactionMap.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The map's arithmetic, as pure functions: the gap between management's prediction and the employees' mean, its
 * verdict against the employees' 95 % interval, and the order of the rows (docs/METHODS.md, "Satisfaction Map").
 */
final class Gaps {

    /** How many pain points count as the employees' "top". */
    static final int TOP = 3;

    private Gaps() {
    }

    /** Where a prediction stands against the employees' interval; NO_PREDICTION / NOT_ENOUGH_ANSWERS when one lacks. */
    static Verdict verdict(@Nullable Double predicted, @Nullable Interval employees) {
        if (employees == null || Double.isNaN(employees.mean())) {
            return Verdict.NOT_ENOUGH_ANSWERS;
        }
        if (predicted == null) {
            return Verdict.NO_PREDICTION;
        }
        if (predicted > employees.high()) {
            return Verdict.BLIND_SPOT;
        }
        return predicted < employees.low() ? Verdict.HIDDEN_STRENGTH : Verdict.IN_LINE;
    }

    /** One dimension's or moment's row. */
    static Row row(String code, String label, @Nullable Double predicted, @Nullable Interval employees) {
        Verdict verdict = verdict(predicted, employees);
        Interval figures = verdict != Verdict.NOT_ENOUGH_ANSWERS ? employees : null;
        Double mean = figures != null ? figures.mean() : null;
        Double gap = figures != null && predicted != null ? predicted - figures.mean() : null;
        return new Row(code, label, predicted, mean, figures != null ? figures.low() : Double.NaN,
                figures != null ? figures.high() : Double.NaN, gap, verdict, figures != null ? figures.n() : 0);
    }

    /** The mean of the predictions given for one code (several managers of a department); null when none. */
    static @Nullable Double mean(List<Map<String, Integer>> predictions, String code) {
        return predictions.stream().filter(p -> p.containsKey(code)).mapToInt(p -> p.get(code)).average()
                .stream().boxed().findFirst().orElse(null);
    }

    /** Largest over-estimation first; rows without a gap last, in the questionnaire's order. */
    static List<Row> sorted(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Row r) -> r.gap() == null)
                .thenComparing(r -> r.gap() == null ? 0 : -r.gap()));
        return sorted;
    }

    /**
     * The pain points, each with its rank among the employees' and its verdict: blind spots first (by share), then
     * hidden strengths, then the rest by share.
     *
     * @param predictedBy code → how many predictors put it in their top pain points
     * @param labels      code → label, in the questionnaire's order
     */
    static List<PainRow> pains(Map<String, Interval> prevalence, Map<String, Integer> predictedBy,
                               Map<String, String> labels) {
        List<String> byShare = new ArrayList<>(labels.keySet());
        byShare.sort(Comparator.comparingDouble((String c) -> -share(prevalence, c)));
        double third = byShare.size() >= TOP ? share(prevalence, byShare.get(TOP - 1)) : 0;
        List<PainRow> rows = new ArrayList<>();
        for (int i = 0; i < byShare.size(); i++) {
            String code = byShare.get(i);
            Interval interval = prevalence.get(code);
            double value = share(prevalence, code);
            double high = interval == null ? 0 : interval.high();
            int by = predictedBy.getOrDefault(code, 0);
            // Ties with the third share count as top: a blind spot is never decided by the order of equal shares.
            boolean top = i < TOP || value > 0 && value >= third;
            Verdict verdict = top && by == 0 && value > 0 ? Verdict.BLIND_SPOT
                    : by > 0 && !top && high < third ? Verdict.HIDDEN_STRENGTH : Verdict.IN_LINE;
            // A share lies in 0–1: the t interval of a small share is cut there rather than shown below 0 %.
            String label = Objects.requireNonNull(labels.get(code), "a code of labels' keys");
            rows.add(new PainRow(code, label, by, value, interval == null ? 0 : Math.max(0, interval.low()),
                    Math.min(1, high), i + 1, verdict));
        }
        rows.sort(Comparator.comparingInt((PainRow r) -> switch (r.verdict()) {
            case BLIND_SPOT -> 0;
            case HIDDEN_STRENGTH -> 1;
            default -> 2;
        }).thenComparingInt(PainRow::rank));
        return rows;
    }

    private static double share(Map<String, Interval> prevalence, String code) {
        Interval interval = prevalence.get(code);
        return interval == null || Double.isNaN(interval.mean()) ? 0 : interval.mean();
    }
}
