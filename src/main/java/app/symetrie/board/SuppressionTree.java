package app.symetrie.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One complementary-suppression pass over a tree of nested groups (company ⊃ kind ⊃ department ⊃ sub-department,
 * any depth ⊃ team), each with its number of answers. A group is shown only if it has at least k answers, and only
 * while, for every shown group, what is left of it once the shown groups directly below it are taken away (looking
 * through hidden groups to the shown ones inside them) is none or at least k; otherwise the smallest of those shown
 * groups is hidden (its own sub-groups may stay shown) until it is. Decided from the top down, so a group is hidden
 * as late as possible and never to protect a group above it that is itself hidden. Because every published figure
 * is a shown group's, any difference of published groups is a union of such rests: none is a group of 1 to k − 1.
 */
final class SuppressionTree {

    /** A group of the tree. */
    static final class Node {
        final String id;
        final int count;
        final List<Node> children = new ArrayList<>();
        boolean shown;
        /** Hidden whatever its count: a group an earlier decision does not publish. */
        boolean withheld;
        @Nullable String hiddenBeside;

        Node(String id, int count) {
            this.id = id;
            this.count = count;
        }

        Node add(Node child) {
            children.add(child);
            return this;
        }

        Node withheld() {
            withheld = true;
            return this;
        }
    }

    private final int k;

    SuppressionTree(int k) {
        this.k = k;
    }

    /** Decides every group under (and including) the root; the root is shown when it reaches k. */
    void decide(Node root) {
        mark(root);
        if (root.shown) {
            settle(root);
        } else {
            walk(root, n -> n.shown = false);
        }
    }

    private void mark(Node node) {
        node.shown = node.count >= k && !node.withheld;
        node.children.forEach(this::mark);
    }

    /** The shown groups directly below a node: its shown children, and those inside its hidden children. */
    private static List<Node> shownBelow(Node node) {
        List<Node> below = new ArrayList<>();
        for (Node child : node.children) {
            if (child.shown) {
                below.add(child);
            } else {
                below.addAll(shownBelow(child));
            }
        }
        return below;
    }

    private void settle(Node node) {
        while (true) {
            List<Node> below = shownBelow(node);
            int rest = node.count - below.stream().mapToInt(n -> n.count).sum();
            if (rest == 0 || rest >= k || below.isEmpty()) {
                below.forEach(this::settle);
                return;
            }
            Node smallest = below.stream().min(Comparator.<Node>comparingInt(n -> n.count)
                    .thenComparing(n -> n.id)).orElseThrow();
            smallest.shown = false;
            smallest.hiddenBeside = node.id;
        }
    }

    /** The ids of every shown group under (and including) a node. */
    static Set<String> shown(Node root) {
        Set<String> ids = new LinkedHashSet<>();
        walk(root, n -> {
            if (n.shown) {
                ids.add(n.id);
            }
        });
        return ids;
    }

    /** For each group hidden to protect a rest: the id of the group whose rest it protects. */
    static Map<String, String> hiddenBeside(Node root) {
        Map<String, String> result = new HashMap<>();
        walk(root, n -> {
            if (n.hiddenBeside != null) {
                result.put(n.id, n.hiddenBeside);
            }
        });
        return result;
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        visit.accept(node);
        node.children.forEach(c -> walk(c, visit));
    }
}
