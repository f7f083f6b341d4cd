package app.symetrie.barometer;

import java.util.Map;
import java.util.Set;

/**
 * The totals of answers a closed wave publishes elsewhere than the participation page (boards, the overview, exports,
 * the map: kinds, departments on their whole subtree, teams), as groups nesting the page's departments, so that the
 * page hides its own counts so that no total minus shown counts gives a small group ({@link CampaignService#participation}).
 * Given by the boards, which decide what a wave publishes.
 */
public interface PublishedTotals {

    /**
     * How a closed wave's published totals nest its departments' own answers.
     *
     * @param parentOf  department id (a unit: its own people) or group id → the group directly above it, as
     *                  {@link app.symetrie.common.SmallGroups#shownInside} reads it
     * @param published ids of the groups whose totals are published
     * @param known     department id → how many of its own answers are already published as parts of it (its shown
     *                  teams): showing the department's count would show the rest
     */
    record Nesting(Map<String, String> parentOf, Set<String> published, Map<String, Integer> known) {

        public Nesting {
            parentOf = Map.copyOf(parentOf);
            published = Set.copyOf(published);
            known = Map.copyOf(known);
        }

        /** Nothing published beside the whole wave's total. */
        public static final Nesting WHOLE_ONLY = new Nesting(Map.of(), Set.of(), Map.of());
    }

    Nesting of(Wave wave);
}
