package app.symetrie.barometer;

/**
 * A wave's answers were released from the ballot box (it is closing): boards compute its figures now, once. Sent
 * again if the release resumes after a crash; listeners must be idempotent.
 */
public record WaveReleased(WaveId waveId, int k) {
}
