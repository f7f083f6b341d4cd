package app.symetrie.organization.internal.hris;

import app.symetrie.organization.DepartmentKind;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A valid line of the file. Optional columns absent from the file are null here and keep the employee's current
 * value; a column present but empty means "none" (no team, no employee number, not a manager, French).
 *
 * @param email          normalized (trimmed, lower case)
 * @param employeeNumber null: no employee number column; empty: no number
 * @param departmentKey  {@code DepartmentDocument.key(departmentName)}
 * @param parentName     the department's parent as the file names it; null: none given
 * @param kind           the department kind the line gives, if any
 * @param team           null: no team column; empty: no team
 * @param manager        null: neither a manager nor a reports-to column
 */
public record HrisRow(int line, String email, @Nullable String employeeNumber, String firstName, String lastName,
                      String departmentName, String departmentKey, @Nullable String parentName,
                      @Nullable String parentKey, @Nullable DepartmentKind kind, @Nullable String team,
                      @Nullable Boolean manager, @Nullable Locale locale) {

    /** The number to match and store: null when the file gives none. */
    public @Nullable String numberOrNull() {
        return employeeNumber == null || employeeNumber.isEmpty() ? null : employeeNumber;
    }

    /** How a reports-to cell names this person: by e-mail. */
    static String emailKey(String email) {
        return "e:" + email;
    }

    /** How a reports-to cell names this person: by employee number. */
    static String numberKey(String number) {
        return "n:" + number;
    }
}
