package app.symetrie.organization;

import org.jspecify.annotations.Nullable;

/** What the employee list is narrowed to: free text on name and e-mail, and a department. */
public record EmployeeFilter(@Nullable String text, @Nullable DepartmentId departmentId) {
    public static final EmployeeFilter ALL = new EmployeeFilter(null, null);
}
