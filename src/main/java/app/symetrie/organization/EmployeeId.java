package app.symetrie.organization;

import app.symetrie.common.Ids;

public record EmployeeId(String value) {
    public EmployeeId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty employee id");
        }
    }

    public static EmployeeId random() {
        return new EmployeeId(Ids.random());
    }
}
