package app.symetrie.action;

import app.symetrie.common.Ids;

public record CommentId(String value) {
    public CommentId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty id");
        }
    }

    public static CommentId random() {
        return new CommentId(Ids.random());
    }
}
