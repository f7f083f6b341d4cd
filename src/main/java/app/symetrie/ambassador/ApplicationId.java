package app.symetrie.ambassador;

import app.symetrie.common.Ids;

public record ApplicationId(String value) {
    public ApplicationId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty application id");
        }
    }

    public static ApplicationId random() {
        return new ApplicationId(Ids.random());
    }
}
