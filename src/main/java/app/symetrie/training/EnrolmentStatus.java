package app.symetrie.training;

/** A person's place in a session: a seat, a place on the waiting list, or nothing any more. */
public enum EnrolmentStatus {
    ENROLLED,
    WAITLISTED,
    CANCELLED
}
