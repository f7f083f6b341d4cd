package app.symetrie.barometer;

import app.symetrie.common.LocalizedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One version of the barometer's questionnaire. A wave keeps the version it opened with; editing creates a new one.
 *
 * @param moments the journey moments rated in the optional block of the survey (the Satisfaction Map); a version
 *                saved before moments existed reads as the default moments
 */
public record Questionnaire(int version, List<Dimension> dimensions, List<CatalogItem> tools,
                            List<CatalogItem> painPoints, LocalizedText recommendQuestion,
                            LocalizedText commentPrompt, List<CatalogItem> moments) {

    /** At most this many journey moments: the block stays within the survey's three minutes. */
    public static final int MOMENTS_MAX = 10;

    public Questionnaire {
        dimensions = List.copyOf(dimensions);
        tools = List.copyOf(tools);
        painPoints = List.copyOf(painPoints);
        moments = moments == null ? DefaultQuestionnaire.MOMENTS : List.copyOf(moments);
        if (moments.size() > MOMENTS_MAX) {
            throw new IllegalArgumentException("error.questionnaire.moments-max");
        }
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("error.questionnaire.no-dimension");
        }
        requireUnique(dimensions.stream().map(Dimension::code));
        requireUnique(dimensions.stream().flatMap(d -> d.statements().stream()).map(Statement::code));
        requireUnique(tools.stream().map(CatalogItem::code));
        requireUnique(painPoints.stream().map(CatalogItem::code));
        requireUnique(moments.stream().map(CatalogItem::code));
    }

    /** A questionnaire with the default journey moments. */
    public Questionnaire(int version, List<Dimension> dimensions, List<CatalogItem> tools, List<CatalogItem> painPoints,
                         LocalizedText recommendQuestion, LocalizedText commentPrompt) {
        this(version, dimensions, tools, painPoints, recommendQuestion, commentPrompt, DefaultQuestionnaire.MOMENTS);
    }

    private static void requireUnique(Stream<String> codes) {
        Set<String> seen = new HashSet<>();
        codes.forEach(c -> {
            if (!seen.add(c)) {
                throw new IllegalArgumentException("error.questionnaire.duplicate-code");
            }
        });
    }

    public List<Statement> statements() {
        return dimensions.stream().flatMap(d -> d.statements().stream()).toList();
    }

    /** Questions a person must answer: every statement, every tool and the 0–10 question (pain points are optional). */
    public int questionCount() {
        return statements().size() + tools.size() + 1;
    }

    public Questionnaire withVersion(int newVersion) {
        return new Questionnaire(newVersion, dimensions, tools, painPoints, recommendQuestion, commentPrompt, moments);
    }
}
