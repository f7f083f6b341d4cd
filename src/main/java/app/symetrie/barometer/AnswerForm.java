package app.symetrie.barometer;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a person submits. Nothing here identifies them; the service stores it apart from their participation.
 *
 * @param scores     statement code → 1–5
 * @param tools      tool code → use (tools left out are "not answered", which is allowed only if none is required)
 * @param painPoints ticked pain-point codes
 * @param recommend  the 0–10 answer
 * @param comment    optional free text, stored apart from the scores
 * @param moments    journey moment code → 1–5, for the moments the person chose to rate (the block is optional)
 * @param services   optional: support function (department id) → service statement code → 1–5
 *                   ({@link ServiceStatements}); never released as such, only rolled up at the close
 */
public record AnswerForm(Map<String, Integer> scores, Map<String, ToolUse> tools, Set<String> painPoints,
                         @Nullable Integer recommend, @Nullable String comment, Map<String, Integer> moments,
                         Map<String, Map<String, Integer>> services) {

    public static final int COMMENT_MAX = 2000;

    public AnswerForm {
        scores = Map.copyOf(scores);
        tools = Map.copyOf(tools);
        painPoints = Set.copyOf(painPoints);
        moments = Map.copyOf(moments);
        Map<String, Map<String, Integer>> rated = new java.util.HashMap<>();
        services.forEach((function, ratings) -> {
            if (!ratings.isEmpty()) {
                rated.put(function, Map.copyOf(ratings));
            }
        });
        services = Map.copyOf(rated);
    }

    /** An answer without the optional blocks (journey moments, support functions' ratings). */
    public AnswerForm(Map<String, Integer> scores, Map<String, ToolUse> tools, Set<String> painPoints,
                      @Nullable Integer recommend, @Nullable String comment) {
        this(scores, tools, painPoints, recommend, comment, Map.of(), Map.of());
    }

    /** The same answer with these ratings of journey moments. */
    public AnswerForm withMoments(Map<String, Integer> ratings) {
        return new AnswerForm(scores, tools, painPoints, recommend, comment, ratings, services);
    }

    /** The same answer with these ratings of support functions. */
    public AnswerForm withServices(Map<String, Map<String, Integer>> ratings) {
        return new AnswerForm(scores, tools, painPoints, recommend, comment, moments, ratings);
    }

    /** @param comfort 1–5, required unless the tool is never used */
    public record ToolUse(Frequency frequency, @Nullable Integer comfort) {
    }
}
