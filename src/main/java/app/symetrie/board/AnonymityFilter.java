package app.symetrie.board;

import app.symetrie.common.SmallGroups;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one gate every board, chart and export goes through (docs/PRODUCT.md, Anonymity; docs/ANONYMITY.md):
 * <ul>
 *   <li>no figure for a group with fewer than {@code k} answers — the group stays counted in its parent;</li>
 *   <li>comments only for a group of at least {@code kComments} answers;</li>
 *   <li>differencing: when a parent and some of its sub-groups are shown, what is left of the parent once the
 *   shown sub-groups are taken away must be empty or reach {@code k}; otherwise one more sub-group is hidden
 *   (the smallest) until it does.</li>
 * </ul>
 */
public final class AnonymityFilter {

    private final int k;
    private final int kComments;

    public AnonymityFilter(int k, int kComments) {
        if (k < 1 || kComments < k) {
            throw new IllegalArgumentException("invalid thresholds");
        }
        this.k = k;
        this.kComments = kComments;
    }

    public int k() {
        return k;
    }

    public boolean canShow(int answers) {
        return answers >= k;
    }

    public boolean canShowComments(int answers) {
        return answers >= kComments;
    }

    /** A sub-group and its number of answers. */
    public record Group(String id, int answers) {
    }

    /**
     * Which sub-groups of a parent can be shown beside it.
     *
     * @param parentAnswers answers of the whole parent (sub-groups plus anyone in none of them)
     * @return ids of the sub-groups that may be shown; empty when the parent itself cannot be
     */
    public Set<String> visibleChildren(int parentAnswers, List<Group> children) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        children.forEach(c -> counts.put(c.id(), c.answers()));
        return SmallGroups.shown(parentAnswers, counts, k);
    }
}
