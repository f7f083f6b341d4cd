package app.symetrie.organization.internal.hris;

import app.symetrie.organization.DepartmentKind;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A valid line of the file. Optional columns absent from the file are null here and keep the employee's current
 * value; a column present but empty means "none" (no team, not a manager, French).
 *
 * @param email          normalized (trimmed, lower case)
 * @param departmentKey  {@code DepartmentDocument.key(departmentName)}
 * @param kind           the department kind the line gives, if any
 * @param team           null: no team column; empty: no team
 */
public record HrisRow(int line, String email, String firstName, String lastName, String departmentName,
                      String departmentKey, @Nullable DepartmentKind kind, @Nullable String team,
                      @Nullable Boolean manager, @Nullable Locale locale) {
}
