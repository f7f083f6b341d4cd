package app.symetrie.training;

import app.symetrie.barometer.DepartmentHighlights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "Recommended for you": the courses on the tools and pain points where the person's department scored worst in the
 * last closed barometer wave — from aggregated results only, never from the person's own answers.
 *
 * @param available false until the department's results of a closed wave are published (then {@code courses} is
 *                  empty and the page says why)
 */
public record Recommendations(boolean available, List<Recommendation> courses) {

    public static final int MAX = 4;

    public static Recommendations unavailable() {
        return new Recommendations(false, List.of());
    }

    /**
     * @param tool      the weak tool the course teaches, or null
     * @param painPoint the frequent pain point it addresses, or null
     */
    public record Recommendation(Course course, @Nullable String tool, @Nullable String painPoint) {
    }

    /**
     * Ranks the courses that match the department's weak spots: a course on the worst tool or the most frequent pain
     * point comes first; a course matching both ranks by the better of the two.
     */
    public static Recommendations from(List<Course> courses, DepartmentHighlights.WeakSpots weakSpots) {
        record Ranked(Recommendation recommendation, int rank) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Course course : courses) {
            int toolRank = course.tool() == null ? -1 : weakSpots.weakestTools().indexOf(course.tool());
            int painRank = course.painPoint() == null ? -1 : weakSpots.topPainPoints().indexOf(course.painPoint());
            if (toolRank < 0 && painRank < 0) {
                continue;
            }
            int rank = Math.min(toolRank < 0 ? Integer.MAX_VALUE : toolRank,
                    painRank < 0 ? Integer.MAX_VALUE : painRank);
            ranked.add(new Ranked(new Recommendation(course, toolRank < 0 ? null : course.tool(),
                    painRank < 0 ? null : course.painPoint()), rank));
        }
        return new Recommendations(true, ranked.stream()
                .sorted(Comparator.comparingInt(Ranked::rank)
                        .thenComparing(r -> r.recommendation().course().title(), String.CASE_INSENSITIVE_ORDER))
                .limit(MAX).map(Ranked::recommendation).toList());
    }
}
