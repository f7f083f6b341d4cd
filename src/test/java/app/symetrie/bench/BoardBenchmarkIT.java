package app.symetrie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.board.BoardExport;
import app.symetrie.board.BoardService;
import app.symetrie.common.Role;
import app.symetrie.organization.Department;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.WithDemoCompany;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Prints how long the boards take on the demo company (≈600 people, 7 waves). Figures, not assertions on time:
 * see docs/PERFORMANCE.md for the command and the results.
 */
@Tag("benchmark")
@WithDemoCompany
class BoardBenchmarkIT {

    @Autowired
    BoardService boards;
    @Autowired
    BoardExport exports;
    @Autowired
    OrganizationService organization;

    @Test
    void board_queries_on_the_demo_company() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new app.symetrie.security.SignedInUser("bench@x.fr", "Bench", "", Role.expand(Set.of(Role.ADMIN)),
                        null, null, Locale.FRENCH, true), null,
                Role.expand(Set.of(Role.ADMIN)).stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(context);
        List<Department> departments = organization.departments();
        measure("department board (all 15 departments, last wave)", 5, () -> {
            departments.forEach(d -> boards.departmentBoard(d.id(), null, Locale.FRENCH));
            return departments.size();
        });
        measure("company overview (last wave)", 10, () -> boards.overview(null, null, Locale.FRENCH).orElseThrow()
                .rows().size());
        var first = departments.getFirst().id();
        for (BoardExport.Format format : BoardExport.Format.values()) {
            // an export reads its board again when it is downloaded (access checked then), so this includes it
            measure("export " + format + " of one department (board read)", 10, () -> exports.department(first,
                    null, format, Locale.FRENCH).orElseThrow().content().length);
        }
        measure("rebuild every closed wave's figures from released answers", 3, () -> boards.rebuildAll().answers());
        SecurityContextHolder.clearContext();
    }

    private static void measure(String what, int runs, Supplier<Integer> work) {
        work.get(); // warm-up
        List<Long> times = new ArrayList<>();
        int result = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = work.get();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(times);
        assertThat(result).isPositive();
        System.out.printf("BENCH %-50s median %5d ms  max %5d ms  (%d runs)%n", what, times.get(times.size() / 2),
                times.getLast(), runs);
    }
}
