package app.symetrie.ambassador;

/** Recognition for an ambassador's coaching, earned from their logged sessions (thresholds in the constants). */
public enum Badge {
    /** A first session logged. */
    FIRST_SESSION,
    /** 10 sessions logged. */
    TEN_SESSIONS,
    /** 50 sessions logged. */
    FIFTY_SESSIONS,
    /** 100 people reached. */
    HUNDRED_PEOPLE,
    /** 5 sessions with support functions: the departments the product exists not to forget. */
    SUPPORT_ALLY,
    /** Sessions in 3 departments or more. */
    BRIDGE_BUILDER
}
