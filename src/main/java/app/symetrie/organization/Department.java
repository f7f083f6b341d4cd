package app.symetrie.organization;

import org.jspecify.annotations.Nullable;

/**
 * A department: a support function (accounting, HR, IT…) or a front-office one, optionally inside a parent.
 */
public record Department(DepartmentId id, String name, DepartmentKind kind, @Nullable DepartmentId parentId) {

    public Department {
        name = Limits.requireName(name, Limits.NAME_MAX, "error.department.name.required", "error.name.too-long");
        if (kind == null) {
            throw new IllegalArgumentException("error.department.kind.required");
        }
        if (id.equals(parentId)) {
            throw new IllegalArgumentException("error.department.parent.self");
        }
    }

    public boolean isSupport() {
        return kind == DepartmentKind.SUPPORT;
    }
}
