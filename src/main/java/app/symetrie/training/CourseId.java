package app.symetrie.training;

import app.symetrie.common.Ids;

public record CourseId(String value) {
    public CourseId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty id");
        }
    }

    public static CourseId random() {
        return new CourseId(Ids.random());
    }
}
