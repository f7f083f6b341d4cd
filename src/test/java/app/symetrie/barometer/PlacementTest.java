package app.symetrie.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlacementTest {

    static final int K = 5;

    @Test
    void a_small_team_leaves_its_department_named_and_itself_unnamed() {
        Placement p = new Placement(Map.of("compta", 12), Map.of(team("compta", "t1"), 9, team("compta", "t2"), 3),
                Map.of("compta", "SUPPORT"), K);
        // t1 alone named would leave t2's 3 as the department's rest: neither team is named.
        assertThat(p.labels("compta", "t1")).isEqualTo(new Placement.Labels("SUPPORT", "compta", null));
        assertThat(p.labels("compta", "t2")).isEqualTo(new Placement.Labels("SUPPORT", "compta", null));
    }

    @Test
    void teams_are_named_when_the_rest_of_their_department_reaches_k() {
        Placement p = new Placement(Map.of("compta", 16), Map.of(team("compta", "t1"), 6, team("compta", "t2"), 5),
                Map.of("compta", "SUPPORT"), K);
        assertThat(p.labels("compta", "t1").teamId()).isEqualTo("t1");
        assertThat(p.labels("compta", "t2").teamId()).isEqualTo("t2");
        assertThat(p.labels("compta", null)).isEqualTo(new Placement.Labels("SUPPORT", "compta", null));
    }

    @Test
    void a_small_kind_unnames_both_kinds_but_keeps_departments_whose_rest_reaches_k() {
        // Front office 3 × 20, support 3: naming the front office would leave 3 support answers as the company's rest.
        Placement p = new Placement(Map.of("a", 20, "b", 20, "c", 20, "legal", 3), Map.of(),
                Map.of("a", "FRONT_OFFICE", "b", "FRONT_OFFICE", "c", "FRONT_OFFICE", "legal", "SUPPORT"), K);
        assertThat(p.labels("legal", null)).isEqualTo(new Placement.Labels(null, null, null));
        assertThat(p.labels("a", null).kind()).isNull();
        long namedDepartments = java.util.stream.Stream.of("a", "b", "c")
                .filter(d -> p.labels(d, null).departmentId() != null).count();
        assertThat(namedDepartments).as("one front-office department joins legal's 3 in the unnamed rest").isEqualTo(2);
    }

    @Test
    void fewer_than_k_answers_in_the_whole_wave_name_nothing() {
        Placement p = new Placement(Map.of("a", 4), Map.of(team("a", "t"), 4), Map.of("a", "SUPPORT"), K);
        assertThat(p.labels("a", "t")).isEqualTo(new Placement.Labels(null, null, null));
    }

    /** Seeded random trees: every combination of names an answer gets is shared by 0 or at least k answers. */
    @Test
    void on_random_trees_every_stored_combination_of_units_holds_at_least_k_answers() {
        Random random = new Random(20261129);
        for (int run = 0; run < 2000; run++) {
            Map<String, Integer> byDepartment = new HashMap<>();
            Map<Placement.TeamKey, Integer> byTeam = new HashMap<>();
            Map<String, String> kindOf = new HashMap<>();
            Map<String, Integer> staffWithoutTeam = new HashMap<>();
            int departments = 1 + random.nextInt(8);
            for (int d = 0; d < departments; d++) {
                String dept = "d" + d;
                int kind = random.nextInt(5);
                if (kind > 0) { // now and then a department of no known kind (deleted since), under the company
                    kindOf.put(dept, kind % 2 == 0 ? "SUPPORT" : "FRONT_OFFICE");
                }
                int total = 0;
                int teams = random.nextInt(4);
                for (int t = 0; t < teams; t++) {
                    int n = random.nextInt(12);
                    if (n > 0) {
                        // team ids shared between departments now and then: a team is keyed by its department
                        byTeam.merge(team(dept, "t" + random.nextInt(3)), n, Integer::sum);
                        total += n;
                    }
                }
                int loose = random.nextInt(6);
                staffWithoutTeam.put(dept, loose);
                total += loose;
                if (total > 0) {
                    byDepartment.put(dept, total);
                }
            }
            Placement p = new Placement(byDepartment, byTeam, kindOf, K);
            Placement restored = Placement.restore(p.named());
            Map<Placement.Labels, Integer> classes = new HashMap<>();
            byTeam.forEach((key, n) -> {
                assertThat(restored.labels(key.departmentId(), key.teamId()))
                        .isEqualTo(p.labels(key.departmentId(), key.teamId()));
                classes.merge(p.labels(key.departmentId(), key.teamId()), n, Integer::sum);
            });
            staffWithoutTeam.forEach((dept, n) -> {
                if (n > 0) {
                    classes.merge(p.labels(dept, null), n, Integer::sum);
                }
            });
            int total = byDepartment.values().stream().mapToInt(Integer::intValue).sum();
            int seed = run;
            classes.forEach((labels, n) -> {
                if (total >= K) {
                    assertThat(n).as("run %d, %s", seed, labels).isGreaterThanOrEqualTo(K);
                }
            });
        }
    }

    private static Placement.TeamKey team(String department, String team) {
        return new Placement.TeamKey(department, team);
    }
}
