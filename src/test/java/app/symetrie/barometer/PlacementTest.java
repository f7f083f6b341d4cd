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

    @Test
    void a_too_small_agency_is_counted_in_its_parent_which_counts_its_whole_subtree() {
        // Réseau: 3 own respondents; Lille 12, Lyon 10, Marseille 2; a shop of 10 beside it; support 8. k = 5.
        // Réseau's subtree is 27; the rest beyond Lille and Lyon is 3 + 2 = 5 ≥ k: both agencies are named, and
        // Marseille's 2 answers name Réseau (not nothing), as Réseau's own 3 do.
        Map<String, String> front = Map.of("reseau", "FRONT_OFFICE", "lille", "FRONT_OFFICE", "lyon", "FRONT_OFFICE",
                "marseille", "FRONT_OFFICE", "shop", "FRONT_OFFICE", "it", "SUPPORT");
        Map<String, String> parents = Map.of("lille", "reseau", "lyon", "reseau", "marseille", "reseau");
        Placement p = new Placement(Map.of("reseau", 3, "lille", 12, "lyon", 10, "marseille", 2, "shop", 10,
                "it", 8), Map.of(), front, parents, K);
        assertThat(p.labels("marseille", null)).isEqualTo(new Placement.Labels("FRONT_OFFICE", "reseau", null));
        assertThat(p.labels("reseau", null)).isEqualTo(new Placement.Labels("FRONT_OFFICE", "reseau", null));
        assertThat(p.labels("lille", null).departmentId()).isEqualTo("lille");
        assertThat(p.labels("lyon", null).departmentId()).isEqualTo("lyon");
        assertThat(Placement.restore(p.named()).labels("marseille", null).departmentId()).isEqualTo("reseau");
    }

    @Test
    void a_parent_whose_rest_beyond_its_agencies_is_small_unnames_the_smallest_agency_into_itself() {
        // No own respondent: Lille 12, Lyon 10, Marseille 2 → the rest would be Marseille's 2: Lyon (the smallest
        // named) stops being named; Lyon and Marseille (12) name Réseau, whose own label then holds 12 answers.
        Map<String, String> front = Map.of("reseau", "FRONT_OFFICE", "lille", "FRONT_OFFICE", "lyon", "FRONT_OFFICE",
                "marseille", "FRONT_OFFICE");
        Placement p = new Placement(Map.of("lille", 12, "lyon", 10, "marseille", 2), Map.of(), front,
                Map.of("lille", "reseau", "lyon", "reseau", "marseille", "reseau"), K);
        assertThat(p.labels("lille", null).departmentId()).isEqualTo("lille");
        assertThat(p.labels("lyon", null).departmentId()).isEqualTo("reseau");
        assertThat(p.labels("marseille", null).departmentId()).isEqualTo("reseau");
    }

    @Test
    void a_subtree_under_k_names_no_department_of_it() {
        Placement p = new Placement(Map.of("reseau", 1, "lille", 2, "shop", 9), Map.of(),
                Map.of("reseau", "FRONT_OFFICE", "lille", "FRONT_OFFICE", "shop", "FRONT_OFFICE"),
                Map.of("lille", "reseau"), K);
        assertThat(p.labels("lille", null)).isEqualTo(new Placement.Labels("FRONT_OFFICE", null, null));
        assertThat(p.labels("reseau", null).departmentId()).isNull();
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
            Map<String, String> parentOf = new HashMap<>();
            int departments = 1 + random.nextInt(8);
            for (int d = 0; d < departments; d++) {
                String dept = "d" + d;
                int kind = random.nextInt(5);
                if (kind > 0) { // now and then a department of no known kind (deleted since), under the company
                    kindOf.put(dept, kind % 2 == 0 ? "SUPPORT" : "FRONT_OFFICE");
                }
                if (d > 0 && random.nextBoolean()) { // sub-departments, any depth, inside one kind
                    String parent = "d" + random.nextInt(d);
                    if (java.util.Objects.equals(kindOf.get(parent), kindOf.get(dept))) {
                        parentOf.put(dept, parent);
                    }
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
            Placement p = new Placement(byDepartment, byTeam, kindOf, parentOf, K);
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
            // An answer names its own department or one of its ancestors: never a unit it is not in.
            byDepartment.keySet().forEach(dept -> {
                String named = p.labels(dept, null).departmentId();
                if (named != null) {
                    String at = dept;
                    while (at != null && !at.equals(named)) {
                        at = parentOf.get(at);
                    }
                    assertThat(at).as("%s names %s", dept, named).isEqualTo(named);
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
