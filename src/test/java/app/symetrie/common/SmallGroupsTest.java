package app.symetrie.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The differencing rule on hand-made trees, k = 5. Units are departments' own people ("P" = P's own answers); groups
 * are "g:" + a department on its whole subtree, readable where a board publishes it.
 */
class SmallGroupsTest {

    private static final int K = 5;

    @Test
    void a_parent_board_minus_the_parents_own_count_would_give_its_small_child_so_the_parents_own_count_is_hidden() {
        // P's own 10 answers, its child C's 3; elsewhere, in a kind K whose total is published (5), S with 3 and R
        // with 2. P's board publishes 13.
        Map<String, Integer> counts = Map.of("P", 10, "C", 3, "S", 3, "R", 2);
        Map<String, String> parentOf = Map.of("P", "g:P", "C", "g:C", "g:C", "g:P", "S", "g:S", "g:S", "g:K",
                "R", "g:R", "g:R", "g:K");
        Set<String> readable = Set.of("g:P", "g:K");
        // The flat pass alone is satisfied (3 + 3 + 2 hidden): 13 − 10 = 3 would give C.
        assertThat(SmallGroups.shown(18, counts, K)).containsExactly("P");

        Set<String> shown = SmallGroups.shownInside(counts, parentOf, readable, K);

        assertThat(shown).isEmpty();
        assertNothingSmallCanBeSubtracted(counts, parentOf, readable, shown);
    }

    @Test
    void with_no_readable_group_the_rule_is_the_flat_one_over_the_whole_total() {
        Map<String, Integer> counts = Map.of("A", 10, "B", 6, "C", 2, "D", 0);
        Set<String> shown = SmallGroups.shownInside(counts, Map.of(), Set.of(), K);
        assertThat(shown).isEqualTo(SmallGroups.shown(18, counts, K)).containsExactly("A");
    }

    @Test
    void a_chain_of_three_levels_hides_only_the_level_whose_rest_would_be_small() {
        // G ⊃ P ⊃ C, each readable; C has a small unreadable child c (2). G's own 8 and P's own 6 have nothing small
        // beside them; C's own 7 would give c's 2 (C's board 9 − 7).
        Map<String, Integer> counts = Map.of("G", 8, "P", 6, "C", 7, "c", 2);
        Map<String, String> parentOf = Map.of("G", "g:G", "P", "g:P", "g:P", "g:G", "C", "g:C", "g:C", "g:P",
                "c", "g:c", "g:c", "g:C");
        Set<String> readable = Set.of("g:G", "g:P", "g:C");

        Set<String> shown = SmallGroups.shownInside(counts, parentOf, readable, K);

        assertThat(shown).containsExactlyInAnyOrder("G", "P");
        assertNothingSmallCanBeSubtracted(counts, parentOf, readable, shown);
    }

    @Test
    void a_small_child_is_protected_against_the_difference_of_two_boards_not_only_against_its_parents_board() {
        // X ⊃ Y, both readable. X's own 10 and a small child C (3) directly under X; Y's own 6 and two small
        // unreadable children V (3) and W (2). Hidden inside X's whole subtree: 3 + 3 + 2 ≥ k — yet X's board minus
        // Y's minus X's own count = 3 gives C.
        Map<String, Integer> counts = Map.of("X", 10, "C", 3, "Y", 6, "V", 3, "W", 2);
        Map<String, String> parentOf = Map.of("X", "g:X", "C", "g:C", "g:C", "g:X", "Y", "g:Y", "g:Y", "g:X",
                "V", "g:V", "g:V", "g:Y", "W", "g:W", "g:W", "g:Y");
        Set<String> readable = Set.of("g:X", "g:Y");

        Set<String> shown = SmallGroups.shownInside(counts, parentOf, readable, K);

        assertThat(shown).containsExactly("Y");
        assertNothingSmallCanBeSubtracted(counts, parentOf, readable, shown);
    }

    @Test
    void each_rest_that_needs_it_hides_one_more_so_a_parent_and_its_sub_department_both_lose_their_smallest() {
        // P (readable) holds P's own 10, a small child C (2) and a readable sub-department Q; Q holds Q's own 7, its
        // own small child D (1) and a sub-team-like unit E of 6. Two rests are small: P's (2) and Q's (1).
        Map<String, Integer> counts = new HashMap<>(Map.of("P", 10, "C", 2, "Q", 7, "D", 1, "E", 6));
        Map<String, String> parentOf = Map.of("P", "g:P", "C", "g:C", "g:C", "g:P", "Q", "g:Q", "g:Q", "g:P",
                "D", "g:D", "g:D", "g:Q", "E", "g:E", "g:E", "g:Q");
        Set<String> readable = Set.of("g:P", "g:Q");

        Set<String> shown = SmallGroups.shownInside(counts, parentOf, readable, K);

        // P's rest: hide P (the only shown unit there). Q's rest: the smallest shown, E (6), goes first.
        assertThat(shown).containsExactly("Q");
        assertNothingSmallCanBeSubtracted(counts, parentOf, readable, shown);
    }

    @Test
    void among_equal_counts_the_smaller_id_is_hidden_first() {
        Map<String, Integer> counts = Map.of("b", 5, "a", 5, "z", 20, "s", 1);
        Map<String, String> parentOf = Map.of("a", "g", "b", "g", "z", "g", "s", "g");
        assertThat(SmallGroups.shownInside(counts, parentOf, Set.of("g"), K)).containsExactlyInAnyOrder("b", "z");
        assertThat(SmallGroups.shownInside(counts, parentOf, Set.of("g"), K))
                .isEqualTo(SmallGroups.shownInside(new HashMap<>(counts), new HashMap<>(parentOf), Set.of("g"), K));
    }

    @Test
    void a_cycle_of_groups_is_cut_instead_of_looping() {
        Map<String, Integer> counts = Map.of("A", 6, "B", 2);
        Map<String, String> parentOf = Map.of("A", "g:A", "g:A", "g:B", "g:B", "g:A", "B", "g:B");
        assertThat(SmallGroups.shownInside(counts, parentOf, Set.of("g:C"), K)).isEmpty();
    }

    /**
     * The attacker's side, computed independently of the rule: for every readable group, its total minus the shown
     * counts inside it, and minus the total of any one readable group inside it and the shown counts in between,
     * is none or at least k.
     */
    private static void assertNothingSmallCanBeSubtracted(Map<String, Integer> counts, Map<String, String> parentOf,
                                                          Set<String> readable, Set<String> shown) {
        List<String> groups = new java.util.ArrayList<>(readable);
        groups.add(SmallGroups.WHOLE);
        for (String x : groups) {
            Set<String> inX = unitsInside(x, counts, parentOf);
            int total = inX.stream().mapToInt(counts::get).sum();
            assertSafe(x, total - inX.stream().filter(shown::contains).mapToInt(counts::get).sum());
            for (String y : readable) {
                Set<String> inY = unitsInside(y, counts, parentOf);
                if (y.equals(x) || !inX.containsAll(inY)) {
                    continue;
                }
                Set<String> between = new HashSet<>(inX);
                between.removeAll(inY);
                int rest = total - inY.stream().mapToInt(counts::get).sum()
                        - between.stream().filter(shown::contains).mapToInt(counts::get).sum();
                assertSafe(x + " − " + y, rest);
            }
        }
    }

    private static void assertSafe(String what, int rest) {
        assertThat(rest == 0 || rest >= K).as("%s minus the shown counts leaves %d", what, rest).isTrue();
    }

    private static Set<String> unitsInside(String group, Map<String, Integer> counts, Map<String, String> parentOf) {
        Set<String> inside = new HashSet<>();
        for (String unit : counts.keySet()) {
            if (group.equals(SmallGroups.WHOLE)) {
                inside.add(unit);
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (String at = parentOf.get(unit); at != null && seen.add(at); at = parentOf.get(at)) {
                if (at.equals(group)) {
                    inside.add(unit);
                    break;
                }
            }
        }
        return inside;
    }
}
