package app.symetrie.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.common.Email;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeFilter;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.IntegrationTest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The people list read page by page from the ordered directory is exactly the full list sorted in memory, filtered
 * the same way — whatever the page size, after edits through this instance and after writes by another one.
 */
@IntegrationTest
class EmployeeDirectoryIT {

    private static final String[] LAST = {"Durand", "durand", "Dürand", "Émile", "Emile", "Martin", "MARTIN", "Ngo",
            "Le Gall", "Legall", "Zoë", "Åberg", "O'Brien", "Da Silva", "da silva"};
    private static final String[] FIRST = {"Camille", "camille", "Élodie", "Elodie", "Jean", "Zoé", "Ana", "Noé"};

    @Autowired
    OrganizationService organization;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EmployeeDirectory directory;

    /** The expected order, written independently of the directory: names without case and accents, then id. */
    private static String key(String text) {
        return Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private static final Comparator<Employee> FULL_SORT = Comparator.<Employee, String>comparing(e -> key(e.lastName()))
            .thenComparing(e -> key(e.firstName())).thenComparing(e -> e.email().value().toLowerCase(Locale.ROOT))
            .thenComparing(e -> e.id().value());

    private List<Employee> everyoneSorted(Predicate<Employee> filter) {
        return mongo.findAll(EmployeeDocument.class).stream().map(EmployeeDocument::toDomain).filter(filter)
                .sorted(FULL_SORT).toList();
    }

    private List<Employee> paged(EmployeeFilter filter, int pageSize) {
        List<Employee> all = new ArrayList<>();
        for (int offset = 0; ; offset += pageSize) {
            List<Employee> page = organization.findEmployees(filter, offset, pageSize);
            all.addAll(page);
            if (page.size() < pageSize) {
                return all;
            }
        }
    }

    private Department department(String name) {
        return organization.saveDepartment(new Department(DepartmentId.random(), name, DepartmentKind.SUPPORT, null));
    }

    private static Employee person(int i, Random random, DepartmentId department, String domain) {
        String last = LAST[random.nextInt(LAST.length)];
        String first = FIRST[random.nextInt(FIRST.length)];
        return new Employee(EmployeeId.random(), first, last,
                new Email(key(first).replace(' ', '.') + "." + i + "@" + domain), department, null, i % 7 == 0,
                Locale.FRENCH, i % 3 == 0 ? "M" + i : null, i % 11 != 0);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void pages_sorted_and_filtered_are_exactly_the_full_sort() {
        Random random = new Random(14);
        Department support = department("Annuaire support " + random.nextInt(1_000_000));
        Department sales = department("Annuaire ventes " + random.nextInt(1_000_000));
        // some through the service (the order is updated in place), many in bulk (the order is rebuilt)
        for (int i = 0; i < 40; i++) {
            organization.saveEmployee(person(i, random, i % 2 == 0 ? support.id() : sales.id(), "dir-a.example"));
        }
        List<EmployeeDocument> bulk = new ArrayList<>();
        for (int i = 40; i < 700; i++) {
            bulk.add(EmployeeDocument.of(person(i, random, i % 3 == 0 ? support.id() : sales.id(), "dir-b.example")));
        }
        mongo.insert(bulk, EmployeeDocument.class);
        directory.changed();

        for (int pageSize : new int[] {1, 7, 50, 1000}) {
            assertThat(paged(EmployeeFilter.ALL, pageSize)).as("page size %d", pageSize)
                    .containsExactlyElementsOf(everyoneSorted(e -> true));
        }
        assertThat(organization.countEmployees(EmployeeFilter.ALL)).isEqualTo(everyoneSorted(e -> true).size());

        EmployeeFilter bySupport = new EmployeeFilter(null, support.id());
        assertThat(paged(bySupport, 13)).containsExactlyElementsOf(
                everyoneSorted(e -> e.departmentId().equals(support.id())));
        // text on first name, last name, e-mail and employee number, case ignored, within a department
        EmployeeFilter durandInSales = new EmployeeFilter("  DURAND ", sales.id());
        List<Employee> expected = everyoneSorted(e -> e.departmentId().equals(sales.id())
                && (e.firstName() + " " + e.lastName() + " " + e.email().value() + " "
                + (e.employeeNumber() == null ? "" : e.employeeNumber())).toLowerCase(Locale.ROOT).contains("durand"));
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(paged(durandInSales, 9)).containsExactlyElementsOf(expected);
        assertThat(organization.countEmployees(durandInSales)).isEqualTo(expected.size());
        assertThat(paged(new EmployeeFilter("m3", null), 5)).containsExactlyElementsOf(everyoneSorted(
                e -> (e.firstName() + " " + e.lastName() + " " + e.email().value() + " " + e.employeeNumber())
                        .toLowerCase(Locale.ROOT).contains("m3")));
        // beyond the end: nothing, not an error
        assertThat(organization.findEmployees(EmployeeFilter.ALL, 1_000_000, 50)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_edit_here_and_a_write_by_another_instance_show_in_the_next_page() {
        Department team = department("Annuaire mouvements " + new Random().nextInt(1_000_000));
        EmployeeFilter inTeam = new EmployeeFilter(null, team.id());
        Employee zed = organization.saveEmployee(new Employee(EmployeeId.random(), "Zed", "Zimmer",
                new Email("zed.zimmer@dir-c.example"), team.id(), null, false, Locale.FRENCH));
        Employee amy = organization.saveEmployee(new Employee(EmployeeId.random(), "Amy", "Abel",
                new Email("amy.abel@dir-c.example"), team.id(), null, false, Locale.FRENCH));
        assertThat(organization.findEmployees(inTeam, 0, 10)).containsExactly(amy, zed);

        // renamed here: moves to its new place without a rebuild
        Employee renamed = organization.saveEmployee(new Employee(zed.id(), "Zed", "Aaron", zed.email(), team.id(),
                null, false, Locale.FRENCH));
        assertThat(organization.findEmployees(inTeam, 0, 10)).containsExactly(renamed, amy);

        // another instance's directory, built now, then a write made there: this instance sees it at its next read
        EmployeeDirectory elsewhere = new EmployeeDirectory(mongo);
        assertThat(elsewhere.count(EmployeeDirectory.Filter.of(null, team.id().value()))).isEqualTo(2);
        Employee bob = new Employee(EmployeeId.random(), "Bob", "Abel", new Email("bob.abel@dir-c.example"),
                team.id(), null, false, Locale.FRENCH);
        mongo.insert(EmployeeDocument.of(bob));
        elsewhere.changed(bob.id().value());
        assertThat(organization.findEmployees(inTeam, 0, 10)).containsExactly(renamed, amy, bob);
        assertThat(organization.countEmployees(inTeam)).isEqualTo(3);

        // and an erasure here shows there
        mongo.remove(Query.query(Criteria.where("_id").is(amy.id().value())), EmployeeDocument.class);
        directory.changed(amy.id().value());
        assertThat(elsewhere.page(EmployeeDirectory.Filter.of(null, team.id().value()), 0, 10))
                .containsExactly(renamed.id().value(), bob.id().value());
    }
}
