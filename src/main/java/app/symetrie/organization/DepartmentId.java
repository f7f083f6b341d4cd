package app.symetrie.organization;

import app.symetrie.common.Ids;

public record DepartmentId(String value) {
    public DepartmentId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty department id");
        }
    }

    public static DepartmentId random() {
        return new DepartmentId(Ids.random());
    }
}
