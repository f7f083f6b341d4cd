package app.symetrie.board.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;

/** Read access to a rollup document (or to the sum of several). Absent fields read as zero. */
public final class RollupView {

    private final Document doc;

    public RollupView(Document doc) {
        this.doc = doc;
    }

    public static RollupView empty() {
        return new RollupView(new Document());
    }

    /** The sum of several rollups (a department and its sub-departments, say). */
    public static RollupView sum(List<RollupView> views) {
        Document total = new Document();
        views.forEach(v -> merge(total, v.doc));
        return new RollupView(total);
    }

    private static void merge(Document into, Document from) {
        from.forEach((key, value) -> {
            if (value instanceof Document d) {
                Object existing = into.get(key);
                Document target = existing instanceof Document e ? e : new Document();
                merge(target, d);
                into.put(key, target);
            } else if (value instanceof Number n && !key.equals("_id")) {
                Object existing = into.get(key);
                into.put(key, existing instanceof Number e ? RollupStore.add(e, n) : n);
            }
        });
    }

    private double number(String path) {
        Object current = doc;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Document d)) {
                return 0;
            }
            current = d.get(part);
        }
        return current instanceof Number n ? n.doubleValue() : 0;
    }

    public int n() {
        return (int) number("n");
    }

    /** Count, sum and sum of squares of a measure (intervals and tests: {@code board/Statistics}). */
    public record Stats(double n, double sum, double sq) {
        public double mean() {
            return n == 0 ? Double.NaN : sum / n;
        }
    }

    public Stats dimension(String code) {
        String base = "d." + RollupKeys.field(code) + ".";
        return new Stats(number(base + "n"), number(base + "sum"), number(base + "sq"));
    }

    public Stats dci() {
        return new Stats(number("dci.n"), number("dci.sum"), number("dci.sq"));
    }

    public Stats statement(String code) {
        String base = "s." + RollupKeys.field(code) + ".";
        return new Stats(number(base + "n"), number(base + "sum"), number(base + "sq"));
    }

    public double favourable(String statementCode) {
        return number("s." + RollupKeys.field(statementCode) + ".fav");
    }

    public double toolAnswered(String tool) {
        return number("t." + RollupKeys.field(tool) + ".answered");
    }

    public double toolWeekly(String tool) {
        return number("t." + RollupKeys.field(tool) + ".weekly");
    }

    public double toolDaily(String tool) {
        return number("t." + RollupKeys.field(tool) + ".daily");
    }

    public Stats toolComfort(String tool) {
        String base = "t." + RollupKeys.field(tool) + ".";
        return new Stats(number(base + "cn"), number(base + "csum"), number(base + "csq"));
    }

    public double pain(String code) {
        return number("p." + RollupKeys.field(code));
    }

    public double recommend(int score) {
        return number("r." + score);
    }

    public Set<String> painCodes() {
        Object pains = doc.get("p");
        Set<String> codes = new TreeSet<>();
        if (pains instanceof Document d) {
            d.keySet().forEach(k -> codes.add(RollupKeys.code(k)));
        }
        return codes;
    }

    public Set<String> toolCodes() {
        Object tools = doc.get("t");
        Set<String> codes = new TreeSet<>();
        if (tools instanceof Document d) {
            d.keySet().forEach(k -> codes.add(RollupKeys.code(k)));
        }
        return codes;
    }
}
