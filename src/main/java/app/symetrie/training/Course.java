package app.symetrie.training;

import org.jspecify.annotations.Nullable;

/**
 * A course of the catalog.
 *
 * @param tool      the tool it teaches (a code of the barometer's tool list), or null
 * @param painPoint the pain point it addresses (a code of the barometer's list), or null
 * @param minutes   its length
 */
public record Course(CourseId id, String title, String description, @Nullable String tool,
                     @Nullable String painPoint, CourseLevel level, int minutes, CourseFormat format) {

    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 5 * 8 * 60;

    public Course {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("training.error.title.required");
        }
        if (title.length() > TITLE_MAX || description.length() > DESCRIPTION_MAX) {
            throw new IllegalArgumentException("training.error.text.too-long");
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("training.error.course.duration");
        }
        if (level == null || format == null) {
            throw new IllegalArgumentException("training.error.required");
        }
    }
}
