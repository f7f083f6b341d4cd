package app.symetrie.action;

/**
 * What kind of thing an action addresses: a code of the barometer's current questionnaire — a pain point, a
 * dimension, a tool or a journey moment.
 */
public enum TargetKind {
    PAIN_POINT,
    DIMENSION,
    TOOL,
    JOURNEY_MOMENT
}
