package app.symetrie.barometer;

import org.jspecify.annotations.Nullable;

/** An answer was stored (boards update their rollups). Carries no person. */
public record AnswerSubmitted(String answerId, WaveId waveId, String departmentId, @Nullable String teamId) {
}
