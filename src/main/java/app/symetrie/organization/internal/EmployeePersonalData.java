package app.symetrie.organization.internal;

import app.symetrie.common.Email;
import app.symetrie.privacy.PersonalData;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The HR record: name, e-mail, department, team, manager flag, language, employee number. Erased last (other modules
 * find the person through it). Someone still in the HRIS comes back at its next import.
 */
@Component
class EmployeePersonalData implements PersonalData {

    record HrRecord(String firstName, String lastName, String email, String departmentId, @Nullable String teamId,
                    boolean manager, String language, @Nullable String employeeNumber, boolean active) {
    }

    private final EmployeeRepository employees;
    private final EmployeeDirectory directory;

    EmployeePersonalData(EmployeeRepository employees, EmployeeDirectory directory) {
        this.employees = employees;
        this.directory = directory;
    }

    @Override
    public String kind() {
        return "employee";
    }

    @Override
    public List<?> export(Email person) {
        return employees.findByEmail(person.value()).map(e -> List.of(new HrRecord(e.firstName(), e.lastName(),
                e.email(), e.departmentId(), e.teamId(), e.manager(), e.locale(), e.employeeNumber(),
                !Boolean.FALSE.equals(e.active())))).orElse(List.of());
    }

    @Override
    public long erase(Email person) {
        return employees.findByEmail(person.value()).map(e -> {
            employees.delete(e);
            directory.changed(e.id());
            return 1L;
        }).orElse(0L);
    }

    @Override
    public int eraseOrder() {
        return 100;
    }
}
