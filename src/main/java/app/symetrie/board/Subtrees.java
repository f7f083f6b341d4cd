package app.symetrie.board;

import app.symetrie.board.internal.RollupView;
import app.symetrie.organization.DepartmentTree;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A department's figures cover its whole subtree (docs/PRODUCT.md, "Parent departments"): its rollup is the sum of
 * the stored rollups of the department and of every descendant. Counts, sums and sums of squares add up, so means,
 * variances, intervals and shares computed from the sum are exactly those of the subtree's answers pooled.
 */
final class Subtrees {

    private Subtrees() {
    }

    /** The subtree rollup of one department, from the stored rollups by department id. */
    static RollupView of(Map<String, RollupView> own, DepartmentTree tree, String departmentId) {
        return RollupView.sum(tree.subtree(departmentId).stream().filter(own::containsKey).map(own::get).toList());
    }

    /** The subtree rollups of several departments. */
    static Map<String, RollupView> of(Map<String, RollupView> own, DepartmentTree tree, Collection<String> ids) {
        Map<String, RollupView> result = new HashMap<>();
        ids.forEach(id -> result.put(id, of(own, tree, id)));
        return result;
    }

    /** People invited in a department's subtree. */
    static int invited(Map<String, Integer> invited, DepartmentTree tree, String departmentId) {
        return tree.subtree(departmentId).stream().mapToInt(id -> invited.getOrDefault(id, 0)).sum();
    }
}
