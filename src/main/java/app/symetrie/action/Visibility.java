package app.symetrie.action;

/** Who sees an action: its department's people only, or everyone in the company. */
public enum Visibility {
    TEAM,
    COMPANY
}
