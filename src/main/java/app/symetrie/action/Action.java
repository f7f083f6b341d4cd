package app.symetrie.action;

import app.symetrie.organization.DepartmentId;
import app.symetrie.training.CourseId;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An action as the signed-in person sees it.
 *
 * @param departmentId   its department; null for a company-wide action
 * @param department     the department's name ("" for a company-wide action)
 * @param proposed       it came from the team (who proposed it is not kept)
 * @param supports       how many people support it (never who)
 * @param supportedByMe  whether the signed-in person supports it
 * @param comments       comments shown to the signed-in person
 * @param version        what an edit must quote: a stale version is refused, nothing is overwritten
 * @param overdue        still open after its due date
 * @param canModerate    the signed-in person edits it, moves it and hides comments (its manager, a lead)
 * @param canContribute  the signed-in person may support it and comment on it (its department's people)
 */
public record Action(ActionId id, @Nullable DepartmentId departmentId, String department, String title,
                     String description, @Nullable Target target, List<Owner> owners, @Nullable LocalDate startOn,
                     @Nullable LocalDate dueOn, ActionStatus status, int percent, Visibility visibility,
                     List<CourseId> courses, List<String> topics, boolean proposed, int supports,
                     boolean supportedByMe, int comments, long version, boolean overdue, boolean canModerate,
                     boolean canContribute) {

    /** The draft to edit it from. */
    public ActionDraft draft() {
        return new ActionDraft(title, description, target, owners.stream().map(Owner::id).toList(), startOn, dueOn,
                percent, visibility, courses, topics);
    }
}
