package app.symetrie.board.internal;

import app.symetrie.barometer.Dimension;
import app.symetrie.barometer.Frequency;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.Statement;
import app.symetrie.barometer.StoredAnswer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one answer adds to a rollup: counts, sums and sums of squares, keyed by the rollup document's field paths.
 * Used both when a wave closes and when an administrator rebuilds its figures, so the two cannot disagree.
 */
public final class RollupDelta {

    private RollupDelta() {
    }

    /** field path → amount. Integer amounts stay integers; scores on 0–100 are doubles. */
    public static Map<String, Number> of(StoredAnswer answer, Questionnaire questionnaire) {
        Map<String, Number> delta = new LinkedHashMap<>();
        delta.put("n", 1);
        double dciSum = 0;
        int dimensions = 0;
        for (Dimension dimension : questionnaire.dimensions()) {
            int answered = 0;
            int total = 0;
            for (Statement statement : dimension.statements()) {
                Integer v = answer.scores().get(statement.code());
                if (v == null) {
                    continue;
                }
                String base = "s." + RollupKeys.field(statement.code()) + ".";
                delta.put(base + "n", 1);
                delta.put(base + "sum", v);
                delta.put(base + "sq", v * v);
                delta.put(base + "fav", v >= 4 ? 1 : 0);
                answered++;
                total += v;
            }
            if (answered > 0) {
                double score = ((double) total / answered - 1) / 4 * 100;
                String base = "d." + RollupKeys.field(dimension.code()) + ".";
                delta.put(base + "n", 1);
                delta.put(base + "sum", score);
                delta.put(base + "sq", score * score);
                dciSum += score;
                dimensions++;
            }
        }
        if (dimensions > 0) {
            double dci = dciSum / dimensions;
            delta.put("dci.n", 1);
            delta.put("dci.sum", dci);
            delta.put("dci.sq", dci * dci);
        }
        answer.tools().forEach((code, use) -> {
            String base = "t." + RollupKeys.field(code) + ".";
            boolean used = use.frequency() != Frequency.NEVER;
            delta.put(base + "answered", 1);
            delta.put(base + "users", used ? 1 : 0);
            delta.put(base + "weekly", use.frequency() == Frequency.WEEKLY || use.frequency() == Frequency.DAILY ? 1 : 0);
            delta.put(base + "daily", use.frequency() == Frequency.DAILY ? 1 : 0);
            if (used && use.comfort() != null) {
                double comfort = (use.comfort() - 1) / 4.0 * 100;
                delta.put(base + "cn", 1);
                delta.put(base + "csum", comfort);
                delta.put(base + "csq", comfort * comfort);
            }
        });
        for (String pain : answer.painPoints()) {
            delta.put("p." + RollupKeys.field(pain), 1);
        }
        delta.put("r." + answer.recommend(), 1);
        return delta;
    }
}
