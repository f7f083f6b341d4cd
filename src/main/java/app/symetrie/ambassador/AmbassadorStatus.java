package app.symetrie.ambassador;

/**
 * Where an ambassador stands. ACTIVE ambassadors are listed in the directory and receive help requests; PAUSED ones
 * keep their role and history but receive no requests; ENDED ones are no longer ambassadors.
 */
public enum AmbassadorStatus {
    ACTIVE,
    PAUSED,
    ENDED;

    /** Whether this status still carries the AMBASSADOR role (a paused ambassador must be able to resume). */
    public boolean holdsRole() {
        return this != ENDED;
    }
}
