package app.symetrie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.common.Email;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeFilter;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.organization.internal.EmployeeDirectory;
import app.symetrie.organization.internal.EmployeeDocument;
import app.symetrie.test.IntegrationTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Prints how long the employees admin list takes to show its first page, a deep page and filtered pages at 10,000
 * and 100,000 people (inserted in bulk, stated as such), next to the query it replaced (a store-side sort with skip
 * and limit). Figures, not assertions on time: see docs/PERFORMANCE.md for the command.
 */
@Tag("benchmark")
@IntegrationTest
class EmployeeListBenchmarkIT {

    private static final String[] LAST = {"Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand",
            "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
            "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Müller", "Élie"};
    private static final String[] FIRST = {"Camille", "Léa", "Louis", "Hugo", "Chloé", "Lucas", "Manon", "Jules",
            "Inès", "Gabriel", "Zoé", "Arthur", "Emma", "Noé", "Jade", "Raphaël"};

    @Autowired
    OrganizationService organization;
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    MongoTemplate mongo;

    @Test
    @WithMockUser(roles = "ADMIN")
    void employees_list_pages_at_ten_and_a_hundred_thousand_people() {
        List<DepartmentId> departments = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            departments.add(organization.saveDepartment(new Department(DepartmentId.random(),
                    "Bench liste " + i + " " + new Random().nextInt(1_000_000), DepartmentKind.FRONT_OFFICE, null))
                    .id());
        }
        Random random = new Random(100);
        int stored = 0;
        try {
            for (int target : new int[] {10_000, 100_000}) {
                long start = System.nanoTime();
                List<EmployeeDocument> batch = new ArrayList<>();
                for (; stored < target; stored++) {
                    batch.add(EmployeeDocument.of(new Employee(EmployeeId.random(), FIRST[random.nextInt(FIRST.length)],
                            LAST[random.nextInt(LAST.length)], new Email("p" + stored + "@bench-list.example"),
                            departments.get(stored % departments.size()), null, false, Locale.FRENCH,
                            "B" + stored, true)));
                    if (batch.size() == 5_000) {
                        mongo.insert(batch, EmployeeDocument.class);
                        batch.clear();
                    }
                }
                mongo.insert(batch, EmployeeDocument.class);
                directory.changed();
                System.out.printf("BENCH %,d people inserted in bulk in %,d ms%n", target,
                        (System.nanoTime() - start) / 1_000_000);
                int people = (int) organization.countEmployees(EmployeeFilter.ALL);
                once(target, "first page right after a bulk change (order rebuilt)", () -> {
                    directory.changed();
                    return organization.findEmployees(EmployeeFilter.ALL, 0, 50).size();
                });
                measure(target, "first page (50), count included", 20, () -> {
                    organization.countEmployees(EmployeeFilter.ALL);
                    return organization.findEmployees(EmployeeFilter.ALL, 0, 50).size();
                });
                measure(target, "deep page (last 50)", 20,
                        () -> organization.findEmployees(EmployeeFilter.ALL, people - 50, 50).size());
                measure(target, "scrolling: 20 consecutive pages of 50 from the middle", 5, () -> {
                    int n = 0;
                    for (int page = 0; page < 20; page++) {
                        n += organization.findEmployees(EmployeeFilter.ALL, people / 2 + page * 50, 50).size();
                    }
                    return n;
                });
                EmployeeFilter department = new EmployeeFilter(null, departments.get(7));
                measure(target, "first page of one department, count included", 20, () -> {
                    organization.countEmployees(department);
                    return organization.findEmployees(department, 0, 50).size();
                });
                int[] text = {0};
                measure(target, "first page of a new text search, count included", 20, () -> {
                    // a text never searched before: matches the e-mails p1000…, p10000…
                    EmployeeFilter search = new EmployeeFilter("p" + (1000 + text[0]++), null);
                    organization.countEmployees(search);
                    return organization.findEmployees(search, 0, 50).size();
                });
                Employee someone = organization.findEmployees(EmployeeFilter.ALL, people / 3, 1).getFirst();
                int[] renames = {0};
                measure(target, "an administrator's edit, then the first page", 10, () -> {
                    organization.saveEmployee(new Employee(someone.id(), someone.firstName(),
                            LAST[renames[0]++ % LAST.length], someone.email(), someone.departmentId(), null, false,
                            Locale.FRENCH, someone.employeeNumber(), true));
                    return organization.findEmployees(EmployeeFilter.ALL, 0, 50).size();
                });
                measure(target, "before: store-side sort, skip, limit (first page)", 3,
                        () -> mongo.find(new Query().with(Sort.by("lastName", "firstName", "email")).limit(50),
                                EmployeeDocument.class).size());
                measure(target, "before: store-side sort, skip, limit (deep page)", 3,
                        () -> mongo.find(new Query().with(Sort.by("lastName", "firstName", "email"))
                                .skip(people - 50).limit(50), EmployeeDocument.class).size());
            }
        } finally {
            mongo.remove(Query.query(Criteria.where("departmentId").in(departments.stream().map(DepartmentId::value)
                    .toList())), EmployeeDocument.class);
            directory.changed();
            departments.forEach(organization::deleteDepartment);
        }
    }

    private static void once(int people, String what, Supplier<Integer> work) {
        long start = System.nanoTime();
        int result = work.get();
        assertThat(result).isPositive();
        System.out.printf("BENCH %,7d people  %-58s %7.1f ms  (1 run)%n", people, what,
                (System.nanoTime() - start) / 1e6);
    }

    private static void measure(int people, String what, int runs, Supplier<Integer> work) {
        work.get(); // warm-up
        List<Double> times = new ArrayList<>();
        int result = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = work.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        assertThat(result).isPositive();
        System.out.printf("BENCH %,7d people  %-58s median %7.1f ms  max %7.1f ms  (%d runs)%n", people, what,
                times.get(times.size() / 2), times.getLast(), runs);
    }
}
