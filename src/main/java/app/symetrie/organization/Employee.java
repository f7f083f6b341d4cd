package app.symetrie.organization;

import app.symetrie.common.Email;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A person of the company as the HRIS knows them. The e-mail is the key used to match HRIS files and logins.
 */
public record Employee(EmployeeId id, String firstName, String lastName, Email email, DepartmentId departmentId,
                       @Nullable TeamId teamId, boolean manager, Locale locale) {

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
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
