package app.symetrie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.common.Role;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.AccountService;
import app.symetrie.security.internal.AccountUserDetailsService;
import app.symetrie.security.SignedInUser;
import app.symetrie.test.WithDemoCompany;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

@WithDemoCompany
class DemoCompanyIT {

    @Autowired
    OrganizationService organization;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    MongoTemplate mongo;

    @Test
    void the_demo_company_is_a_realistic_french_company_with_support_functions() {
        List<Department> departments = organization.departments();
        assertThat(departments).hasSizeGreaterThanOrEqualTo(12);
        assertThat(departments.stream().filter(d -> d.kind() == DepartmentKind.SUPPORT).map(Department::name))
                .hasSizeGreaterThanOrEqualTo(5)
                .contains("Comptabilité", "Finance et contrôle de gestion", "Ressources humaines", "Informatique",
                        "Services généraux", "Juridique");
        assertThat(departments.stream().filter(d -> d.kind() == DepartmentKind.FRONT_OFFICE).map(Department::name))
                .hasSizeGreaterThanOrEqualTo(5).contains("Ventes grands comptes", "Service client", "Marketing");
        assertThat(organization.employeeCount()).isBetween(550L, 650L);
        assertThat(organization.allTeams()).hasSizeGreaterThan(20);
        assertThat(departments).anyMatch(d -> d.parentId() != null);
    }

    @Test
    void every_department_has_a_manager() {
        var headcount = organization.headcountByDepartment();
        assertThat(organization.departments()).allSatisfy(d -> assertThat(headcount.get(d.id())).isPositive());
        assertThat(OrganizationDemo.SPECS).hasSize(organization.departments().size());
        Map<DepartmentId, List<Employee>> managers = organization.workforce(Set.of()).stream()
                .filter(Employee::manager).collect(Collectors.groupingBy(Employee::departmentId));
        assertThat(organization.departments()).allSatisfy(d -> assertThat(managers.get(d.id()))
                .as("managers of %s", d.name()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.departmentId()).isEqualTo(d.id())));
        // a manager per team at most, plus the department's head: managers stay a minority of each department
        assertThat(organization.departments()).allSatisfy(d -> assertThat((long) managers.get(d.id()).size())
                .as("managers of %s", d.name())
                .isLessThanOrEqualTo(organization.teams(d.id()).size() + 1L)
                .isLessThan(headcount.get(d.id())));
    }

    @Test
    void there_is_one_demo_login_per_role_and_each_resolves_to_its_role() {
        assertThat(accounts.demoLogins()).extracting(AccountService.DemoLogin::role)
                .containsExactlyInAnyOrder(Role.values());
        SignedInUser manager = (SignedInUser) users.loadUserByUsername("manager@demo.symetrie.fr");
        assertThat(manager.roles()).contains(Role.MANAGER).doesNotContain(Role.LEAD);
        assertThat(manager.departmentId()).as("the demo manager heads Comptabilité").isEqualTo(organization
                .departments().stream().filter(d -> d.name().equals("Comptabilité")).findFirst().orElseThrow().id());
        SignedInUser employee = (SignedInUser) users.loadUserByUsername("employe@demo.symetrie.fr");
        assertThat(employee.roles()).containsExactly(Role.EMPLOYEE);
        SignedInUser admin = (SignedInUser) users.loadUserByUsername("admin@demo.symetrie.fr");
        assertThat(admin.roles()).contains(Role.ADMIN, Role.LEAD);
    }

    @Test
    void the_seed_is_deterministic_so_every_machine_shows_the_same_company() {
        List<OrganizationDemo.Planned> plan = OrganizationDemo.plan(new Random(DemoContext.SEED));
        assertThat(OrganizationDemo.plan(new Random(DemoContext.SEED))).isEqualTo(plan);
        assertThat(plan).hasSize((int) organization.employeeCount());
        // What was stored is exactly the plan drawn from the fixed seed.
        for (OrganizationDemo.Planned p : List.of(plan.get(7), plan.get(100), plan.getLast())) {
            Employee stored = organization.employeeByEmail(p.email()).orElseThrow();
            assertThat(stored.fullName()).isEqualTo(p.firstName() + " " + p.lastName());
            assertThat(stored.manager()).isEqualTo(p.manager());
        }
    }

    @Test
    void the_accounts_and_the_ambassador_programme_are_still_those_the_seed_made_whatever_ran_before() {
        // Classes sharing this demo company that grant accounts, nominate ambassadors or approve applications put it
        // back when they end (RestoresCollections): another class then finds the seeded company, not a mix.
        assertThat(mongo.getCollection("accounts").countDocuments()).as("one account per demo login, no more")
                .isEqualTo(accounts.demoLogins().size());
        assertThat(mongo.getCollection("ambassadors").countDocuments()).as("the seeded ambassadors")
                .isEqualTo(AmbassadorsDemo.QUOTAS.values().stream().mapToInt(Integer::intValue).sum());
        assertThat(mongo.getCollection("ambassador_applications").countDocuments()).as("two pending, one refused")
                .isEqualTo(3);
    }
}
