package app.symetrie.board;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.DepartmentTree;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each rated item's own suppression pass (k = 5), on hand-made waves: counts are the people who rated the item (a
 * journey moment, a tool), which is fewer than a unit's answers.
 */
class ItemPublicationTest {

    private static final String M = "it-help";

    private static Publication published(boolean company, String... departments) {
        return new Publication(new AnonymityFilter(5, 5), Set.of(departments), EnumSet.noneOf(DepartmentKind.class),
                company, Set.of(), Map.of());
    }

    private static Map<String, Set<String>> decide(Publication publication, DepartmentTree tree, long company,
                                                   Map<String, Long> own, List<String> ids) {
        Map<String, Map<String, Long>> departments = new java.util.HashMap<>();
        own.forEach((id, n) -> departments.put(id, Map.of(M, n)));
        return ItemPublication.decide(5, publication, tree, Map.of(M, company),
                ItemPublication.sumOfOwn(tree, departments), ids);
    }

    @Test
    void a_published_department_with_few_raters_of_a_moment_hides_one_more_so_the_company_rest_is_not_them() {
        // Company 20 raters = Achats 9 + Compta 8 + RH 3, all three published by the wave (on their answers).
        // RH's 3 raters are under k: hidden. Shown below the company: 9 + 8 = 17, rest 3 — RH's raters, by
        // subtraction. The smaller shown one (Compta, 8) is hidden too: rest 20 − 9 = 11 ≥ 5.
        var shown = decide(published(true, "achats", "compta", "rh"), DepartmentTree.ofParents(Map.of()), 20,
                Map.of("achats", 9L, "compta", 8L, "rh", 3L), List.of("achats", "compta", "rh"));
        assertThat(shown.get(M)).containsExactlyInAnyOrder(ItemPublication.COMPANY, "achats");
    }

    @Test
    void a_department_the_wave_does_not_publish_never_shows_a_moment_whatever_its_raters() {
        // Achats 6 raters, but the wave hides Achats (its answers, for whatever reason): withheld. Company 18 =
        // Achats 6 + Compta 12: rest beyond Compta is 6 ≥ 5, so Compta and the company stay shown.
        var shown = decide(published(true, "compta"), DepartmentTree.ofParents(Map.of()), 18,
                Map.of("achats", 6L, "compta", 12L), List.of("achats", "compta"));
        assertThat(shown.get(M)).containsExactlyInAnyOrder(ItemPublication.COMPANY, "compta");
    }

    @Test
    void a_parent_counts_its_agencies_raters_and_protects_its_own_few() {
        // Réseau = own 2 + Lille 6 = 8 raters; Siège 6; company 14 (rest beyond Réseau and Siège: 0).
        // Inside Réseau, the rest beyond Lille is its own 2 raters: Lille is hidden, Réseau (8) shown.
        var shown = decide(published(true, "reseau", "lille", "siege"), DepartmentTree.ofParents(Map.of("lille",
                "reseau")), 14, Map.of("reseau", 2L, "lille", 6L, "siege", 6L), List.of("reseau", "lille", "siege"));
        assertThat(shown.get(M)).containsExactlyInAnyOrder(ItemPublication.COMPANY, "reseau", "siege");
    }

    @Test
    void nothing_is_shown_when_the_wave_does_not_publish_the_company() {
        var shown = decide(published(false, "compta"), DepartmentTree.ofParents(Map.of()), 12,
                Map.of("compta", 12L), List.of("compta"));
        assertThat(shown.get(M)).isEmpty();
    }

    @Test
    void each_moment_is_decided_on_its_own_raters() {
        // Same departments, two moments: "remote" is rated by everyone (no rest problem), "it-help" by few in RH.
        Map<String, Map<String, Long>> departments = Map.of(
                "compta", Map.of(M, 8L, "remote", 10L),
                "rh", Map.of(M, 2L, "remote", 10L));
        DepartmentTree flat = DepartmentTree.ofParents(Map.of());
        var shown = ItemPublication.decide(5, published(true, "compta", "rh"), flat, Map.of(M, 10L, "remote", 20L),
                ItemPublication.sumOfOwn(flat, departments), List.of("compta", "rh"));
        assertThat(shown.get("remote")).containsExactlyInAnyOrder(ItemPublication.COMPANY, "compta", "rh");
        // it-help: RH 2 hidden; company 10 − Compta 8 = 2 → Compta hidden as well; the company (10) stays.
        assertThat(shown.get(M)).containsExactlyInAnyOrder(ItemPublication.COMPANY);
    }
}
