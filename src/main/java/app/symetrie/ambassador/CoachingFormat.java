package app.symetrie.ambassador;

/** How a coaching session takes place (also the preferred format of a help request). */
public enum CoachingFormat {
    ONE_TO_ONE,
    GROUP,
    WORKSHOP,
    REMOTE
}
