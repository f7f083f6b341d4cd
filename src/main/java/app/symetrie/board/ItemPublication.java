package app.symetrie.board;

import app.symetrie.organization.DepartmentTree;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which units may show each item that only some respondents rate — a journey moment (the optional block of the
 * survey), a tool's comfort (rated by its users only) — at a closed wave. A unit the wave publishes can hold only a
 * few ratings of one item, and the company's figure minus those of the shown departments would then give the few
 * ratings of the rest. So each item gets its own pass of the wave's suppression rule ({@link SuppressionTree}) over
 * company ⊃ department ⊃ sub-department, counted in that item's ratings, starting from the wave's one publication
 * decision: a unit the wave does not publish never shows the item, and a published unit shows it only while every
 * shown unit's rest (its ratings beyond the shown units directly below it) is none or at least k. Kinds are not a
 * level here: no view shows a kind's moments or tool comfort, so a department's rest is counted against its parent or
 * the company.
 */
final class ItemPublication {

    /** The id of the company in {@link #decide}'s answer. */
    static final String COMPANY = "company";

    /** How many people of a department's subtree rated an item. */
    @FunctionalInterface
    interface SubtreeCount {
        long of(String departmentId, String code);
    }

    private ItemPublication() {
    }

    /**
     * @param k            the wave's threshold
     * @param publication  the wave's publication decision
     * @param tree         the departments as the wave's figures count them
     * @param company      item code → ratings of the company (every answer, named or not)
     * @param subtree      ratings of an item in a department's subtree
     * @return item code → the units ({@link #COMPANY} or department ids) that may show it
     */
    static Map<String, Set<String>> decide(int k, Publication publication, DepartmentTree tree,
                                           Map<String, Long> company, SubtreeCount subtree,
                                           Collection<String> departmentIds) {
        Map<String, Set<String>> result = new HashMap<>();
        for (String code : new TreeSet<>(company.keySet())) {
            SuppressionTree.Node root = new SuppressionTree.Node(COMPANY,
                    count(Objects.requireNonNull(company.get(code), "a key of company")));
            if (!publication.company()) {
                root.withheld();
            }
            Map<String, SuppressionTree.Node> nodes = new HashMap<>();
            for (String id : departmentIds) {
                SuppressionTree.Node node = new SuppressionTree.Node(id, count(subtree.of(id, code)));
                if (!publication.departments().contains(id)) {
                    node.withheld();
                }
                nodes.put(id, node);
            }
            departmentIds.stream().sorted(Comparator.naturalOrder()).forEach(id -> {
                String parent = tree.parentOf(id);
                (parent != null && nodes.containsKey(parent) ? nodes.get(parent) : root)
                        .add(Objects.requireNonNull(nodes.get(id), "put above for each id"));
            });
            new SuppressionTree(k).decide(root);
            result.put(code, new HashSet<>(SuppressionTree.shown(root)));
        }
        return result;
    }

    /** The subtree counts of departments from each department's own counts. */
    static SubtreeCount sumOfOwn(DepartmentTree tree, Map<String, Map<String, Long>> own) {
        return (id, code) -> tree.subtree(id).stream()
                .mapToLong(d -> own.getOrDefault(d, Map.of()).getOrDefault(code, 0L)).sum();
    }

    private static int count(long n) {
        return (int) Math.min(Integer.MAX_VALUE, n);
    }
}
