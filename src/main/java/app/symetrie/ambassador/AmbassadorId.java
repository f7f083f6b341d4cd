package app.symetrie.ambassador;

import app.symetrie.common.Ids;

public record AmbassadorId(String value) {
    public AmbassadorId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty ambassador id");
        }
    }

    public static AmbassadorId random() {
        return new AmbassadorId(Ids.random());
    }
}
