package app.symetrie.training;

import app.symetrie.common.Ids;

public record TrainingSessionId(String value) {
    public TrainingSessionId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty id");
        }
    }

    public static TrainingSessionId random() {
        return new TrainingSessionId(Ids.random());
    }
}
