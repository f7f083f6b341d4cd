package app.symetrie.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The differencing rule, for any count (answers, people who answered): which sub-groups of a parent may be shown
 * beside it so that no group under {@code k} can be deduced by subtraction. A sub-group is shown only if it reaches
 * k, and only while what is left of the parent once the shown sub-groups are taken away is none or at least k;
 * otherwise one more sub-group (the smallest) is hidden until it is.
 */
public final class SmallGroups {

    private SmallGroups() {
    }

    /**
     * @param parentTotal the parent's count (its sub-groups plus anyone in none of them)
     * @param children    sub-group id → count
     * @return the ids of the sub-groups that may be shown; none when the parent itself is under k
     */
    public static Set<String> shown(int parentTotal, Map<String, Integer> children, int k) {
        Set<String> visible = new LinkedHashSet<>();
        if (parentTotal < k) {
            return visible;
        }
        List<Map.Entry<String, Integer>> shown = new ArrayList<>(children.entrySet().stream()
                .filter(c -> c.getValue() >= k).toList());
        shown.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        while (true) {
            int rest = parentTotal - shown.stream().mapToInt(Map.Entry::getValue).sum();
            if (rest == 0 || rest >= k || shown.isEmpty()) {
                break;
            }
            shown.removeFirst();
        }
        shown.forEach(g -> visible.add(g.getKey()));
        return visible;
    }
}
