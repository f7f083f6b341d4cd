package app.symetrie.barometer.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A sealed ballot waiting in the box until its wave closes: a random id, the wave, and cipher text of one fixed
 * length ({@link BallotSeal}). Nothing in clear says whose it is, what it holds, or when it was cast. When the wave
 * closes, every ballot is first marked {@code released} (from then on it counts, and its author can no longer
 * withdraw it), then opened into an answer and a comment, and deleted.
 */
@Document("ballots")
public record BallotDocument(@Id String id, String waveId, byte[] sealed, boolean released) {
}
