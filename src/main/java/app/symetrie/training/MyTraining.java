package app.symetrie.training;

import org.jspecify.annotations.Nullable;

/**
 * One of the signed-in person's enrolments.
 *
 * @param past      the session has ended
 * @param canRate   attended and ended: the person may rate it
 */
public record MyTraining(Course course, TrainingSession session, EnrolmentStatus status, int waitlistPosition,
                         @Nullable Boolean attended, boolean completed, @Nullable Integer rating, String comment,
                         boolean past, boolean canRate) {
}
