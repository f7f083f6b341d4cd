package app.symetrie.barometer;

/** Answers of a wave were loaded in bulk (history, demo): boards rebuild that wave's rollups at once. */
public record AnswersImported(WaveId waveId) {
}
