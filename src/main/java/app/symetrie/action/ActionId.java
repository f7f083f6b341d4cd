package app.symetrie.action;

import app.symetrie.common.Ids;

public record ActionId(String value) {
    public ActionId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty id");
        }
    }

    public static ActionId random() {
        return new ActionId(Ids.random());
    }
}
