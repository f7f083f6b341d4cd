package app.symetrie.barometer;

/** OPENING while invitations are written, then OPEN until its last day, then CLOSED. */
public enum WaveStatus {
    OPENING,
    OPEN,
    CLOSED
}
