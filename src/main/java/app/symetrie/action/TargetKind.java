package app.symetrie.action;

/**
 * What kind of thing an action addresses. Pain points, dimensions and tools are codes of the barometer's current
 * questionnaire; journey moments do not exist yet (issue 13 §1) and are refused until they do.
 */
public enum TargetKind {
    PAIN_POINT,
    DIMENSION,
    TOOL,
    JOURNEY_MOMENT;

    /** Whether an action may address this kind today. */
    public boolean offered() {
        return this != JOURNEY_MOMENT;
    }
}
