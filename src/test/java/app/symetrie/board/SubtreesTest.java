package app.symetrie.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.symetrie.board.internal.RollupView;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.DepartmentTree;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * A parent's figures are the sum of its subtree's rollups: counts, sums and sums of squares add up, so the mean,
 * the variance and the interval are those of the pooled answers — checked against a computation by hand.
 */
class SubtreesTest {

    private static final Department RESEAU = new Department(new DepartmentId("reseau"), "Réseau",
            DepartmentKind.FRONT_OFFICE, null);
    private static final Department LILLE = new Department(new DepartmentId("lille"), "Lille",
            DepartmentKind.FRONT_OFFICE, RESEAU.id());
    private static final Department ROUBAIX = new Department(new DepartmentId("roubaix"), "Roubaix",
            DepartmentKind.FRONT_OFFICE, LILLE.id());
    private static final Department SIEGE = new Department(new DepartmentId("siege"), "Siège",
            DepartmentKind.SUPPORT, RESEAU.id());
    private static final Department BOUTIQUE = new Department(new DepartmentId("boutique"), "Boutique",
            DepartmentKind.FRONT_OFFICE, null);

    private static RollupView rollup(double... dci) {
        double sum = 0;
        double sq = 0;
        for (double x : dci) {
            sum += x;
            sq += x * x;
        }
        return new RollupView(new Document("n", dci.length)
                .append("dci", new Document("n", dci.length).append("sum", sum).append("sq", sq))
                .append("r", new Document("10", dci.length)));
    }

    private final DepartmentTree tree = new DepartmentTree(List.of(RESEAU, LILLE, ROUBAIX, SIEGE, BOUTIQUE));

    @Test
    void a_parent_sums_its_own_and_every_descendant_rollup_at_any_depth_and_nothing_else() {
        // Réseau's own (40, 60), Lille (70, 80), Roubaix under Lille (90); Boutique is no descendant; Siège is of
        // another kind, a root of its own. Pooled: 40, 60, 70, 80, 90 → n 5, mean 68, variance 1480 / 4 = 370.
        Map<String, RollupView> own = Map.of("reseau", rollup(40, 60), "lille", rollup(70, 80),
                "roubaix", rollup(90), "siege", rollup(10, 10, 10, 10, 10), "boutique", rollup(0, 0, 0, 0, 0));
        RollupView reseau = Subtrees.of(own, tree, "reseau");
        assertThat(reseau.n()).isEqualTo(5);
        assertThat(reseau.dci().mean()).isCloseTo(68.0, within(1e-12));
        assertThat(Statistics.variance(reseau.dci().n(), reseau.dci().sum(), reseau.dci().sq()))
                .isCloseTo(370.0, within(1e-9));
        // t(0.975, 4) = 2.776445105…; margin = t × √(370 / 5).
        assertThat(Statistics.margin(reseau.dci().n(), reseau.dci().sum(), reseau.dci().sq()))
                .isCloseTo(2.776445105 * Math.sqrt(370.0 / 5), within(1e-6));
        assertThat(reseau.recommend(10)).isEqualTo(5);
        assertThat(Subtrees.of(own, tree, "lille").dci().mean()).isCloseTo(80.0, within(1e-12));
        assertThat(Subtrees.of(own, tree, "siege").n()).isEqualTo(5);
    }

    @Test
    void a_descendant_without_a_rollup_adds_nothing_and_invitations_add_up_over_the_subtree() {
        Map<String, RollupView> own = Map.of("lille", rollup(70, 80));
        assertThat(Subtrees.of(own, tree, "reseau").n()).isEqualTo(2);
        assertThat(Subtrees.invited(Map.of("reseau", 3, "lille", 6, "roubaix", 2, "siege", 9, "boutique", 4), tree,
                "reseau")).isEqualTo(11);
    }
}
