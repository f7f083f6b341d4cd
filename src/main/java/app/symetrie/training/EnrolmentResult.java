package app.symetrie.training;

/** The outcome of an enrolment: a seat, or a place on the waiting list (position 1 is next). */
public record EnrolmentResult(EnrolmentStatus status, int waitlistPosition) {
}
