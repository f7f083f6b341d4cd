package app.symetrie.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.common.Email;
import app.symetrie.common.UserFacingException;
import app.symetrie.test.IntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class OrganizationServiceIT {

    @Autowired
    OrganizationService organization;

    private Department department(String name, DepartmentKind kind) {
        return organization.saveDepartment(new Department(DepartmentId.random(), name, kind, null));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void departments_teams_and_employees_round_trip() {
        Department compta = department("Comptabilité", DepartmentKind.SUPPORT);
        Team team = organization.saveTeam(new Team(TeamId.random(), compta.id(), "Clôture"));
        Employee camille = organization.saveEmployee(new Employee(EmployeeId.random(), "Camille", "Durand",
                new Email("camille.durand@rt.example"), compta.id(), team.id(), true, Locale.FRENCH));

        assertThat(organization.department(compta.id())).contains(compta);
        assertThat(organization.teams(compta.id())).containsExactly(team);
        assertThat(organization.employeeByEmail(new Email("CAMILLE.DURAND@rt.example"))).contains(camille);
        assertThat(organization.headcountByDepartment()).containsEntry(compta.id(), 1L);
        assertThat(organization.findEmployees(new EmployeeFilter("durand@rt", null), 0, 10)).containsExactly(camille);
        assertThat(organization.countEmployees(new EmployeeFilter(null, compta.id()))).isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void department_names_are_unique_whatever_the_case() {
        department("Juridique", DepartmentKind.SUPPORT);
        assertThatThrownBy(() -> department("  JURIDIQUE ", DepartmentKind.SUPPORT))
                .isInstanceOf(UserFacingException.class).hasMessage("error.department.name.taken");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_department_cannot_be_placed_inside_itself() {
        Department network = department("Réseau", DepartmentKind.FRONT_OFFICE);
        Department lille = organization.saveDepartment(
                new Department(DepartmentId.random(), "Agence Lille", DepartmentKind.FRONT_OFFICE, network.id()));
        assertThatThrownBy(() -> organization.saveDepartment(
                new Department(network.id(), network.name(), network.kind(), lille.id())))
                .hasMessage("error.department.parent.cycle");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void two_employees_cannot_share_an_email_and_a_team_must_belong_to_the_department() {
        Department a = department("Achats", DepartmentKind.SUPPORT);
        Department b = department("Marketing", DepartmentKind.FRONT_OFFICE);
        Team teamOfB = organization.saveTeam(new Team(TeamId.random(), b.id(), "Marque"));
        organization.saveEmployee(new Employee(EmployeeId.random(), "Léa", "Roux", new Email("lea.roux@dup.example"),
                a.id(), null, false, Locale.FRENCH));
        assertThatThrownBy(() -> organization.saveEmployee(new Employee(EmployeeId.random(), "Léa", "Roux",
                new Email("lea.roux@dup.example"), a.id(), null, false, Locale.FRENCH)))
                .hasMessage("error.email.taken");
        assertThatThrownBy(() -> organization.saveEmployee(new Employee(EmployeeId.random(), "Jo", "Roux",
                new Email("jo.roux@dup.example"), a.id(), teamOfB.id(), false, Locale.FRENCH)))
                .hasMessage("error.team.other-department");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void two_employees_cannot_share_an_employee_number_and_a_person_who_left_is_inactive() {
        Department d = department("Affaires sociales", DepartmentKind.SUPPORT);
        Employee kept = organization.saveEmployee(new Employee(EmployeeId.random(), "Inès", "Robin",
                new Email("ines@num.example"), d.id(), null, false, Locale.FRENCH, " 007 ", true));
        assertThat(kept.employeeNumber()).isEqualTo("007");
        assertThatThrownBy(() -> organization.saveEmployee(new Employee(EmployeeId.random(), "Ugo", "Robin",
                new Email("ugo@num.example"), d.id(), null, false, Locale.FRENCH, "007", true)))
                .hasMessage("error.employee.number.taken");
        assertThat(organization.isActive(kept.id())).isTrue();

        organization.saveEmployee(kept.withActive(false));

        assertThat(organization.isActive(kept.id())).isFalse();
        assertThat(organization.isActive(EmployeeId.random())).as("unknown").isFalse();
        assertThat(organization.workforce(java.util.Set.of(d.id()))).isEmpty();
        assertThat(organization.headcountByDepartment()).doesNotContainKey(d.id());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_department_with_people_cannot_be_deleted() {
        Department d = department("Services généraux", DepartmentKind.SUPPORT);
        organization.saveEmployee(new Employee(EmployeeId.random(), "Paul", "Henry", new Email("paul@del.example"),
                d.id(), null, false, Locale.FRENCH));
        assertThatThrownBy(() -> organization.deleteDepartment(d.id())).hasMessage("error.department.not-empty");
        assertThat(organization.department(d.id())).isPresent();
    }

    @Test
    @WithMockUser(roles = {"EMPLOYEE", "MANAGER", "LEAD"})
    void only_administrators_change_the_organization() {
        assertThatThrownBy(() -> department("Finance", DepartmentKind.SUPPORT))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(roles = {"EMPLOYEE", "MANAGER", "AMBASSADOR"})
    void employees_managers_and_ambassadors_cannot_list_people() {
        assertThatThrownBy(() -> organization.findEmployees(EmployeeFilter.ALL, 0, 10))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void people_added_together_pass_the_same_checks_and_are_all_or_nothing() {
        Department achats = department("Achats groupés", DepartmentKind.SUPPORT);
        Department juridique = department("Juridique groupé", DepartmentKind.SUPPORT);
        Team team = organization.saveTeam(new Team(TeamId.random(), achats.id(), "Achats indirects"));
        organization.saveEmployee(new Employee(EmployeeId.random(), "Déjà", "Là", new Email("deja.la@bulk.example"),
                achats.id(), null, false, Locale.FRENCH, "B-1", true));
        Employee ana = new Employee(EmployeeId.random(), "Ana", "Roche", new Email("ana.roche@bulk.example"),
                achats.id(), team.id(), false, Locale.FRENCH);
        Employee bob = new Employee(EmployeeId.random(), "Bob", "Roche", new Email("bob.roche@bulk.example"),
                achats.id(), null, true, Locale.ENGLISH, "B-2", true);
        EmployeeFilter roche = new EmployeeFilter("roche@bulk", null);

        assertThatThrownBy(() -> organization.addEmployees(java.util.List.of(ana, new Employee(EmployeeId.random(),
                "Eve", "Roche", new Email("eve.roche@bulk.example"), juridique.id(), team.id(), false,
                Locale.FRENCH)))).hasMessage("error.team.other-department");
        assertThatThrownBy(() -> organization.addEmployees(java.util.List.of(ana, new Employee(EmployeeId.random(),
                "Ana", "Bis", ana.email(), achats.id(), null, false, Locale.FRENCH))))
                .hasMessage("error.email.taken");
        assertThatThrownBy(() -> organization.addEmployees(java.util.List.of(ana, new Employee(EmployeeId.random(),
                "Autre", "Déjà", new Email("deja.la@bulk.example"), achats.id(), null, false, Locale.FRENCH))))
                .hasMessage("error.email.taken");
        assertThatThrownBy(() -> organization.addEmployees(java.util.List.of(ana, new Employee(EmployeeId.random(),
                "Num", "Pris", new Email("num.pris@bulk.example"), achats.id(), null, false, Locale.FRENCH, "B-1",
                true)))).hasMessage("error.employee.number.taken");
        assertThatThrownBy(() -> organization.addEmployees(java.util.List.of(ana, new Employee(EmployeeId.random(),
                "Sans", "Service", new Email("sans.service@bulk.example"), DepartmentId.random(), null, false,
                Locale.FRENCH)))).hasMessage("error.department.unknown");
        assertThat(organization.countEmployees(roche)).as("nothing of a refused list").isZero();

        assertThat(organization.addEmployees(java.util.List.of(ana, bob))).containsExactly(ana, bob);
        assertThat(organization.findEmployees(roche, 0, 10)).containsExactly(ana, bob);
        assertThat(organization.employee(bob.id())).contains(bob);
    }

    @Test
    @WithMockUser(roles = "LEAD")
    void only_administrators_add_people_together() {
        assertThatThrownBy(() -> organization.addEmployees(java.util.List.of()))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }
}
