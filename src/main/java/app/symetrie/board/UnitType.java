package app.symetrie.board;

/** The levels rollups exist at. KIND units are "SUPPORT" and "FRONT_OFFICE"; COMPANY's unit is "company". */
public enum UnitType {
    TEAM,
    DEPARTMENT,
    KIND,
    COMPANY
}
