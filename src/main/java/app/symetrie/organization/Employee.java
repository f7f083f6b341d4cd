package app.symetrie.organization;

import app.symetrie.common.Email;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A person of the company as the HRIS knows them. The employee number (matricule), when the HRIS gives one, is the
 * key that matches people from one import to the next; otherwise the e-mail is. An inactive person has left: they
 * are kept (their anonymous answers stay, nothing links them anyway) but are invited to nothing and may not sign in.
 */
public record Employee(EmployeeId id, String firstName, String lastName, Email email, DepartmentId departmentId,
                       @Nullable TeamId teamId, boolean manager, Locale locale, @Nullable String employeeNumber,
                       boolean active) {

    public static final int EMPLOYEE_NUMBER_MAX = 40;

    public Employee {
        firstName = Limits.requireName(firstName, Limits.PERSON_NAME_MAX, "error.employee.first-name.required",
                "error.name.too-long");
        lastName = Limits.requireName(lastName, Limits.PERSON_NAME_MAX, "error.employee.last-name.required",
                "error.name.too-long");
        if (email == null) {
            throw new IllegalArgumentException("error.email.required");
        }
        if (departmentId == null) {
            throw new IllegalArgumentException("error.employee.department.required");
        }
        if (locale == null) {
            locale = Locale.FRENCH;
        }
        employeeNumber = normalizeNumber(employeeNumber);
        if (employeeNumber != null && employeeNumber.length() > EMPLOYEE_NUMBER_MAX) {
            throw new IllegalArgumentException("error.employee.number.too-long");
        }
    }

    /** An active person without employee number: what a form or a test creates. */
    public Employee(EmployeeId id, String firstName, String lastName, Email email, DepartmentId departmentId,
                    @Nullable TeamId teamId, boolean manager, Locale locale) {
        this(id, firstName, lastName, email, departmentId, teamId, manager, locale, null, true);
    }

    /** Spaces around removed; blank means none. Numbers are compared as written ("007" is not "7"). */
    public static @Nullable String normalizeNumber(@Nullable String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        return number.strip();
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Employee withActive(boolean active) {
        return new Employee(id, firstName, lastName, email, departmentId, teamId, manager, locale, employeeNumber,
                active);
    }
}
