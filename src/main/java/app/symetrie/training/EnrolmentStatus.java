package app.symetrie.training;

/**
 * A person's place in a session: a seat, a place on the waiting list, or nothing any more. JOINING lasts the few
 * milliseconds between claiming one's place and knowing whether a seat was left: it counts neither as a seat nor on
 * the waiting list.
 */
public enum EnrolmentStatus {
    ENROLLED,
    WAITLISTED,
    CANCELLED,
    JOINING
}
