package app.symetrie.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

    /** The group holding everything: its total (all the counts together) can always be read. */
    public static final String WHOLE = "";

    /**
     * The differencing rule when, beside the counts a page shows one by one, totals of nested groups of them can be
     * read elsewhere (a department's board counts its whole subtree, a kind's figures count its departments, a team's
     * count is part of its department's): whoever holds every one of those totals reads, for each of them, what is
     * left of it once the readable groups inside it are taken away — the counts of the units directly inside it. So
     * the flat rule of {@link #shown} is applied to each such rest on its own: among the units whose innermost readable
     * group is the same, the hidden counts must add up to none or at least k, the smallest shown unit (then the
     * smallest id) being hidden until they do. Hiding a unit changes only its own rest, so one more hidden unit per
     * rest is always enough, and any difference of readable totals and shown counts is a sum of whole rests.
     *
     * @param counts    unit id → the count the page would show for it (units are leaves, never groups)
     * @param parentOf  unit or group id → the group directly above it; a unit or group with none is in {@link #WHOLE}
     * @param readable  ids of the groups whose totals can be read somewhere ({@link #WHOLE} always can)
     * @return the ids of the units whose counts may be shown
     */
    public static Set<String> shownInside(Map<String, Integer> counts, Map<String, String> parentOf,
                                          Set<String> readable, int k) {
        Map<String, Map<String, Integer>> rests = new TreeMap<>();
        counts.forEach((unit, count) -> rests.computeIfAbsent(innermost(unit, parentOf, readable),
                r -> new TreeMap<>()).put(unit, count));
        Set<String> visible = new TreeSet<>();
        rests.values().forEach(units -> visible.addAll(shown(units.values().stream().mapToInt(Integer::intValue)
                .sum(), units, k)));
        return visible;
    }

    /** The nearest group above a unit whose total can be read; {@link #WHOLE} when none is (a cycle is cut). */
    private static String innermost(String unit, Map<String, String> parentOf, Set<String> readable) {
        Set<String> seen = new java.util.HashSet<>();
        for (String at = parentOf.get(unit); at != null && seen.add(at); at = parentOf.get(at)) {
            if (readable.contains(at)) {
                return at;
            }
        }
        return WHOLE;
    }
}
