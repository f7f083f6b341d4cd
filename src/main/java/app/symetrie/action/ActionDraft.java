package app.symetrie.action;

import app.symetrie.organization.EmployeeId;
import app.symetrie.training.CourseId;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a manager (or a lead) writes about an action. Rules that need the clock, the catalog or the organization
 * (codes exist, owners are active people) are checked by {@link ActionService}.
 *
 * @param target  what it addresses, or null when it addresses nothing the barometer measures
 * @param owners  who carries it
 * @param startOn when it starts (needed for its effect to be measured)
 * @param dueOn   when it should be done; not before {@code startOn}
 * @param percent how far it is, 0–100
 * @param courses trainings that serve it
 * @param topics  ambassador coaching topics (pain-point codes ambassadors coach on) that serve it
 */
public record ActionDraft(String title, String description, @Nullable Target target, List<EmployeeId> owners,
                          @Nullable LocalDate startOn, @Nullable LocalDate dueOn, int percent, Visibility visibility,
                          List<CourseId> courses, List<String> topics) {

    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int MAX_OWNERS = 10;
    public static final int MAX_LINKS = 10;

    public ActionDraft {
        title = requireTitle(title);
        description = requireDescription(description);
        owners = List.copyOf(new LinkedHashSet<>(owners == null ? List.of() : owners));
        courses = List.copyOf(new LinkedHashSet<>(courses == null ? List.of() : courses));
        topics = List.copyOf(new LinkedHashSet<>(topics == null ? List.of() : topics));
        if (owners.size() > MAX_OWNERS) {
            throw new IllegalArgumentException("action.error.owners.too-many");
        }
        if (courses.size() > MAX_LINKS || topics.size() > MAX_LINKS) {
            throw new IllegalArgumentException("action.error.links.too-many");
        }
        if (startOn != null && dueOn != null && dueOn.isBefore(startOn)) {
            throw new IllegalArgumentException("action.error.dates.order");
        }
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("action.error.percent.range");
        }
        if (visibility == null) {
            throw new IllegalArgumentException("action.error.visibility.required");
        }
    }

    static String requireTitle(@Nullable String title) {
        String t = title == null ? "" : title.strip();
        if (t.length() < TITLE_MIN) {
            throw new IllegalArgumentException("action.error.title.required");
        }
        if (t.length() > TITLE_MAX) {
            throw new IllegalArgumentException("action.error.title.too-long");
        }
        return t;
    }

    static String requireDescription(@Nullable String description) {
        String d = description == null ? "" : description.strip();
        if (d.length() > DESCRIPTION_MAX) {
            throw new IllegalArgumentException("action.error.description.too-long");
        }
        return d;
    }
}
