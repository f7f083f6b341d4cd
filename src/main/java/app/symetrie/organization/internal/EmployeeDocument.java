package app.symetrie.organization.internal;

import app.symetrie.common.Email;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.TeamId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An employee as stored. {@code searchKey} holds the lower-cased name and e-mail, so the admin list can search
 * with a simple prefix-free regex that both MongoDB and the embedded server support. {@code active} is absent
 * (null) on documents stored before people could leave, which means active: queries for active people therefore
 * test {@code active != false}.
 */
@Document(EmployeeDocument.COLLECTION)
public record EmployeeDocument(@Id String id, String firstName, String lastName, @Indexed(unique = true) String email,
                               @Indexed String departmentId, @Nullable String teamId, boolean manager, String locale,
                               String searchKey, @Indexed @Nullable String employeeNumber, @Nullable Boolean active) {

    public static final String COLLECTION = "employees";

    public static EmployeeDocument of(Employee e) {
        return new EmployeeDocument(e.id().value(), e.firstName(), e.lastName(), e.email().value(),
                e.departmentId().value(), e.teamId() == null ? null : e.teamId().value(), e.manager(),
                e.locale().getLanguage(), searchKey(e), e.employeeNumber(), e.active());
    }

    static String searchKey(Employee e) {
        String text = e.firstName() + " " + e.lastName() + " " + e.email().value()
                + (e.employeeNumber() == null ? "" : " " + e.employeeNumber());
        return text.toLowerCase(Locale.ROOT);
    }

    public Employee toDomain() {
        return new Employee(new EmployeeId(id), firstName, lastName, new Email(email), new DepartmentId(departmentId),
                teamId == null ? null : new TeamId(teamId), manager, Locale.of(locale), employeeNumber, isActive());
    }

    /** Documents stored before people could leave have no {@code active} field: they are active. */
    public boolean isActive() {
        return active == null || active;
    }
}
