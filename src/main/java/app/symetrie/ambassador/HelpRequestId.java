package app.symetrie.ambassador;

import app.symetrie.common.Ids;

public record HelpRequestId(String value) {
    public HelpRequestId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty help request id");
        }
    }

    public static HelpRequestId random() {
        return new HelpRequestId(Ids.random());
    }
}
