package app.symetrie.map;

import app.symetrie.common.InvalidValueException;
import java.util.Map;
import java.util.Set;

/**
 * What a manager predicts their team will answer: each dimension and each journey moment on the survey's 1–5 scale,
 * and the pain points they expect to come first (one to three). Checked against the wave's questionnaire by
 * {@link PredictionService}.
 *
 * @param dimensions dimension code → 1–5
 * @param painPoints the pain points expected to be ticked most
 * @param moments    journey moment code → 1–5
 */
public record Prediction(Map<String, Integer> dimensions, Set<String> painPoints, Map<String, Integer> moments) {

    /** At most this many top pain points. */
    public static final int PAINS_MAX = 3;

    public Prediction {
        dimensions = Map.copyOf(dimensions);
        painPoints = Set.copyOf(painPoints);
        moments = Map.copyOf(moments);
        dimensions.values().forEach(v -> requireScale("dimensions", v));
        moments.values().forEach(v -> requireScale("moments", v));
        if (painPoints.isEmpty() || painPoints.size() > PAINS_MAX) {
            throw new InvalidValueException("painPoints", "map.error.pains", PAINS_MAX);
        }
    }

    private static void requireScale(String field, Integer value) {
        if (value == null || value < 1 || value > 5) {
            throw new InvalidValueException(field, "map.error.scale");
        }
    }
}
