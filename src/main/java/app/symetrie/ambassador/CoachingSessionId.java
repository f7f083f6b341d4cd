package app.symetrie.ambassador;

import app.symetrie.common.Ids;

public record CoachingSessionId(String value) {
    public CoachingSessionId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty coaching session id");
        }
    }

    public static CoachingSessionId random() {
        return new CoachingSessionId(Ids.random());
    }
}
