package app.symetrie.barometer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The ratings of support functions of a wave, taken out of its ballots at the close, for the internal-customer
 * figures to be rolled up once. Published inside the release, before the ballots are deleted (a failing listener
 * leaves the wave closing and the release runs again, publishing the same); listeners keep aggregates only, never a
 * rater (docs/ANONYMITY.md). The raters are in random order and name no department: only their kind, where the wave
 * named it.
 *
 * @param respondents every answer of the wave, raters or not
 * @param painCounts  pain-point code → how many of all the wave's answers ticked it
 * @param raters      one per answer that rated at least one support function (its own never kept)
 */
public record ServiceRatingsReleased(WaveId waveId, int k, int respondents, Map<String, Integer> painCounts,
                                     List<Rater> raters) {

    public ServiceRatingsReleased {
        painCounts = Map.copyOf(painCounts);
        raters = List.copyOf(raters);
    }

    /**
     * One answer's ratings.
     *
     * @param kind       the rater's kind of department (FRONT_OFFICE / SUPPORT) as the released answers name it, or
     *                   null where the wave could not name it (fewer than k answers of that kind)
     * @param ratings    support function (department id) → service statement code → 1–5
     * @param painPoints the pain points this answer ticked
     */
    public record Rater(@Nullable String kind, Map<String, Map<String, Integer>> ratings, Set<String> painPoints) {
        public Rater {
            ratings = Map.copyOf(ratings);
            painPoints = Set.copyOf(painPoints);
        }
    }
}
