package app.symetrie.board.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * A rollup (or the sum of several), mapped once from its stored document into typed figures: the count of answers,
 * the DCI, each dimension, statement, tool and pain point, the 0–10 recommendation counts. Codes are questionnaire
 * codes (dots and all: {@link RollupKeys} maps them to field names). An absent figure reads as zero.
 *
 * @param n               answers
 * @param dci             the DCI's count, sum and sum of squares (0–100 scale)
 * @param dimensions      by dimension code, on the 0–100 scale
 * @param statements      by statement code, on the 1–5 scale, with the count of 4s and 5s
 * @param tools           by tool code
 * @param pains           by pain-point code: how many ticked it
 * @param recommendations by score 0–10: how many gave it
 */
public record RollupView(int n, Stats dci, Map<String, Stats> dimensions, Map<String, StatementFigures> statements,
                         Map<String, ToolFigures> tools, Map<String, Double> pains,
                         Map<Integer, Double> recommendations) {

    public RollupView {
        dimensions = Map.copyOf(dimensions);
        statements = Map.copyOf(statements);
        tools = Map.copyOf(tools);
        pains = Map.copyOf(pains);
        recommendations = Map.copyOf(recommendations);
    }

    /** Maps a stored rollup document (fields as {@link RollupDelta} writes them). */
    public RollupView(Document doc) {
        this(count(doc.get("n")), stats(doc.get("dci"), "n", "sum", "sq"),
                children(doc.get("d"), d -> stats(d, "n", "sum", "sq")),
                children(doc.get("s"), s -> new StatementFigures(stats(s, "n", "sum", "sq"), field(s, "fav"))),
                children(doc.get("t"), t -> new ToolFigures(field(t, "answered"), field(t, "users"),
                        field(t, "weekly"), field(t, "daily"), stats(t, "cn", "csum", "csq"))),
                children(doc.get("p"), RollupView::amount), recommendations(doc.get("r")));
    }

    private static final RollupView EMPTY = new RollupView(0, Stats.ZERO, Map.of(), Map.of(), Map.of(), Map.of(),
            Map.of());

    public static RollupView empty() {
        return EMPTY;
    }

    /** Count, sum and sum of squares of a measure (intervals and tests: {@code board/Statistics}). */
    public record Stats(double n, double sum, double sq) {

        static final Stats ZERO = new Stats(0, 0, 0);

        public double mean() {
            return n == 0 ? Double.NaN : sum / n;
        }

        Stats plus(Stats other) {
            return new Stats(n + other.n, sum + other.sum, sq + other.sq);
        }
    }

    /** A statement's 1–5 answers and how many of them were 4 or 5. */
    public record StatementFigures(Stats stats, double favourable) {
        static final StatementFigures ZERO = new StatementFigures(Stats.ZERO, 0);

        StatementFigures plus(StatementFigures other) {
            return new StatementFigures(stats.plus(other.stats), favourable + other.favourable);
        }
    }

    /**
     * A tool's answers: how many answered about it, used it, used it weekly or more, daily, and their comfort (1–5).
     */
    public record ToolFigures(double answered, double users, double weekly, double daily, Stats comfort) {
        static final ToolFigures ZERO = new ToolFigures(0, 0, 0, 0, Stats.ZERO);

        ToolFigures plus(ToolFigures o) {
            return new ToolFigures(answered + o.answered, users + o.users, weekly + o.weekly, daily + o.daily,
                    comfort.plus(o.comfort));
        }
    }

    /** The sum of several rollups (a department and its sub-departments, say). */
    public static RollupView sum(List<RollupView> views) {
        if (views.size() == 1) {
            return views.getFirst();
        }
        RollupView total = EMPTY;
        for (RollupView v : views) {
            total = total.plus(v);
        }
        return total;
    }

    /** This rollup and another, added up: counts, sums and sums of squares pool exactly. */
    public RollupView plus(RollupView o) {
        return new RollupView(n + o.n, dci.plus(o.dci), merge(dimensions, o.dimensions, Stats::plus),
                merge(statements, o.statements, StatementFigures::plus), merge(tools, o.tools, ToolFigures::plus),
                merge(pains, o.pains, Double::sum), merge(recommendations, o.recommendations, Double::sum));
    }

    /** The same rollup without its statement and tool detail: what comparisons, trends and heatmaps read. */
    public RollupView summary() {
        return new RollupView(n, dci, dimensions, Map.of(), Map.of(), pains, recommendations);
    }

    public Stats dimension(String code) {
        return dimensions.getOrDefault(code, Stats.ZERO);
    }

    public Stats statement(String code) {
        return statements.getOrDefault(code, StatementFigures.ZERO).stats();
    }

    public double favourable(String statementCode) {
        return statements.getOrDefault(statementCode, StatementFigures.ZERO).favourable();
    }

    public double toolAnswered(String tool) {
        return tools.getOrDefault(tool, ToolFigures.ZERO).answered();
    }

    public double toolWeekly(String tool) {
        return tools.getOrDefault(tool, ToolFigures.ZERO).weekly();
    }

    public double toolDaily(String tool) {
        return tools.getOrDefault(tool, ToolFigures.ZERO).daily();
    }

    public Stats toolComfort(String tool) {
        return tools.getOrDefault(tool, ToolFigures.ZERO).comfort();
    }

    public double pain(String code) {
        return pains.getOrDefault(code, 0.0);
    }

    public double recommend(int score) {
        return recommendations.getOrDefault(score, 0.0);
    }

    public Set<String> painCodes() {
        return new TreeSet<>(pains.keySet());
    }

    public Set<String> toolCodes() {
        return new TreeSet<>(tools.keySet());
    }

    /** The stored form, as {@link RollupDelta} names the fields (read back by {@link #RollupView(Document)}). */
    public Document toDocument() {
        Document doc = new Document("n", n).append("dci", stored(dci, "n", "sum", "sq"));
        Document d = new Document();
        dimensions.forEach((code, stats) -> d.put(RollupKeys.field(code), stored(stats, "n", "sum", "sq")));
        Document s = new Document();
        statements.forEach((code, f) -> s.put(RollupKeys.field(code),
                stored(f.stats(), "n", "sum", "sq").append("fav", f.favourable())));
        Document t = new Document();
        tools.forEach((code, f) -> t.put(RollupKeys.field(code), stored(f.comfort(), "cn", "csum", "csq")
                .append("answered", f.answered()).append("users", f.users()).append("weekly", f.weekly())
                .append("daily", f.daily())));
        Document p = new Document();
        pains.forEach((code, count) -> p.put(RollupKeys.field(code), count));
        Document r = new Document();
        recommendations.forEach((score, count) -> r.put(String.valueOf(score), count));
        return doc.append("d", d).append("s", s).append("t", t).append("p", p).append("r", r);
    }

    private static Document stored(Stats s, String n, String sum, String sq) {
        return new Document(n, s.n()).append(sum, s.sum()).append(sq, s.sq());
    }

    private static <K, V> Map<K, V> merge(Map<K, V> a, Map<K, V> b, BinaryOperator<V> add) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        Map<K, V> result = new HashMap<>(a);
        b.forEach((key, value) -> result.merge(key, value, add));
        return result;
    }

    private static int count(@Nullable Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static double amount(@Nullable Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    private static double field(@Nullable Object doc, String key) {
        return doc instanceof Document d && d.get(key) instanceof Number n ? n.doubleValue() : 0;
    }

    private static Stats stats(@Nullable Object doc, String n, String sum, String sq) {
        return doc instanceof Document ? new Stats(field(doc, n), field(doc, sum), field(doc, sq)) : Stats.ZERO;
    }

    private static <V> Map<String, V> children(@Nullable Object doc, Function<@Nullable Object, V> map) {
        if (!(doc instanceof Document d)) {
            return Map.of();
        }
        Map<String, V> result = new HashMap<>();
        d.forEach((key, value) -> result.put(RollupKeys.code(key), map.apply(value)));
        return result;
    }

    private static Map<Integer, Double> recommendations(@Nullable Object doc) {
        if (!(doc instanceof Document d)) {
            return Map.of();
        }
        Map<Integer, Double> result = new HashMap<>();
        d.forEach((key, value) -> {
            try {
                result.put(Integer.parseInt(key), amount(value));
            } catch (NumberFormatException ignored) {
                // not a 0–10 score: not a recommendation count
            }
        });
        return result;
    }
}
