package app.symetrie.barometer;

/** How often a person uses a tool. Adoption counts WEEKLY and DAILY (docs/PRODUCT.md). */
public enum Frequency {
    NEVER,
    MONTHLY,
    WEEKLY,
    DAILY
}
