package app.symetrie.organization;

import app.symetrie.common.Ids;

public record TeamId(String value) {
    public TeamId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty team id");
        }
    }

    public static TeamId random() {
        return new TeamId(Ids.random());
    }
}
