package app.symetrie.training;

import org.jspecify.annotations.Nullable;

/**
 * An upcoming session as an employee sees it in the catalog.
 *
 * @param waitlist   people waiting for a seat
 * @param myStatus   the viewer's enrolment, or null
 * @param myPosition the viewer's place on the waiting list (0 when not waiting)
 * @param open       enrolment still possible (deadline not passed)
 */
public record SessionOffer(Course course, TrainingSession session, int waitlist, @Nullable EnrolmentStatus myStatus,
                           int myPosition, boolean open) {
}
