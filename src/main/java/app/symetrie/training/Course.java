package app.symetrie.training;

import app.symetrie.common.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A course of the catalog. A refused value is an {@link InvalidValueException} naming its component.
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
            throw new InvalidValueException("title", "training.error.title.required");
        }
        if (title.length() > TITLE_MAX) {
            throw new InvalidValueException("title", "training.error.text.too-long");
        }
        if (description.length() > DESCRIPTION_MAX) {
            throw new InvalidValueException("description", "training.error.text.too-long");
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new InvalidValueException("minutes", "training.error.course.duration");
        }
        if (level == null) {
            throw new InvalidValueException("level", "training.error.required");
        }
        if (format == null) {
            throw new InvalidValueException("format", "training.error.required");
        }
    }
}
