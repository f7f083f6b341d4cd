package app.symetrie.barometer;

/**
 * OPENING while invitations are written, then OPEN until its last day, CLOSING while its ballots are released
 * (docs/ANONYMITY.md), then CLOSED.
 */
public enum WaveStatus {
    OPENING,
    OPEN,
    CLOSING,
    CLOSED
}
