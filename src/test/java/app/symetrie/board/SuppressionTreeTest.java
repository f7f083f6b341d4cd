package app.symetrie.board;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.board.SuppressionTree.Node;
import org.junit.jupiter.api.Test;

/** The one suppression pass over company ⊃ kind ⊃ department ⊃ sub-department ⊃ team, on hand-made trees (k = 5). */
class SuppressionTreeTest {

    private final SuppressionTree tree = new SuppressionTree(5);

    @Test
    void a_small_agency_stays_hidden_and_the_parent_rest_that_holds_it_reaches_k() {
        // Réseau 16 = own 3 + Lille 6 + Lyon 5 + Marseille 2: rest beyond Lille and Lyon is 5 → both shown.
        Node lille = new Node("lille", 6);
        Node lyon = new Node("lyon", 5);
        Node marseille = new Node("marseille", 2);
        Node reseau = new Node("reseau", 16).add(lille).add(lyon).add(marseille);
        Node front = new Node("front", 16).add(reseau);
        Node support = new Node("support", 6).add(new Node("siege", 6));
        Node company = new Node("company", 22).add(front).add(support);
        tree.decide(company);
        assertThat(SuppressionTree.shown(company))
                .containsExactlyInAnyOrder("company", "front", "support", "reseau", "lille", "lyon", "siege");
    }

    @Test
    void a_parent_rest_under_k_hides_the_smallest_agency_and_keeps_its_own_sub_units() {
        // Réseau 18 = Nord 7 (of which Nord-Ville 5 and 2 more) + Sud 8 + Est 3: rest beyond Nord and Sud is 3 →
        // Nord (the smallest) is hidden; looking through it, Nord-Ville and Sud are shown: rest 18 − 13 = 5.
        Node nordVille = new Node("nord-ville", 5);
        Node nord = new Node("nord", 7).add(nordVille);
        Node sud = new Node("sud", 8);
        Node reseau = new Node("reseau", 18).add(nord).add(sud).add(new Node("est", 3));
        Node company = new Node("company", 18).add(new Node("front", 18).add(reseau));
        tree.decide(company);
        assertThat(SuppressionTree.shown(company))
                .containsExactlyInAnyOrder("company", "front", "reseau", "nord-ville", "sud");
        assertThat(SuppressionTree.hiddenBeside(company)).containsEntry("nord", "reseau");
    }

    @Test
    void a_team_and_a_sub_department_share_their_parent_rest() {
        // Réseau 12 = team 5 + Lille 5 + 2 more: 12 − 10 = 2 → the smaller by id, Lille ("lille" < "team"), hides.
        Node reseau = new Node("reseau", 12).add(new Node("team", 5)).add(new Node("lille", 5));
        Node company = new Node("company", 12).add(reseau);
        tree.decide(company);
        assertThat(SuppressionTree.shown(company)).containsExactlyInAnyOrder("company", "reseau", "team");
    }

    @Test
    void nothing_is_shown_when_the_whole_is_under_k() {
        Node company = new Node("company", 4).add(new Node("a", 4));
        tree.decide(company);
        assertThat(SuppressionTree.shown(company)).isEmpty();
    }
}
