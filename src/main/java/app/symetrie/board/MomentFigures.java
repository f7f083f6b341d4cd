package app.symetrie.board;

import app.symetrie.barometer.JourneyMomentRatings;
import app.symetrie.barometer.JourneyMomentRatings.MomentStats;
import app.symetrie.barometer.JourneyMomentRatings.UnitMoments;
import app.symetrie.barometer.Wave;
import app.symetrie.board.internal.RollupView;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentTree;
import app.symetrie.organization.OrganizationService;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A unit's journey-moment ratings at a closed wave, for the moments the wave may show for it: each moment decided
 * apart, counted in its own ratings, from the wave's publication ({@link ItemPublication}). A department's ratings
 * cover its subtree. No access check here: the public services that call it check who reads.
 */
@Component
class MomentFigures {

    private final JourneyMomentRatings moments;
    private final Publications publications;
    private final OrganizationService organization;

    MomentFigures(JourneyMomentRatings moments, Publications publications, OrganizationService organization) {
        this.moments = moments;
        this.publications = publications;
        this.organization = organization;
    }

    /** Moment code → count, sum and sum of squares of its 1–5 ratings; empty when the wave does not publish the unit. */
    Map<String, RollupView.Stats> of(Wave wave, @Nullable String department) {
        Map<String, MomentStats> company = new HashMap<>();
        Map<String, Map<String, MomentStats>> own = new HashMap<>();
        for (UnitMoments unit : moments.of(wave.id())) {
            Map<String, MomentStats> stats = new HashMap<>();
            unit.stats().forEach(s -> stats.put(s.code(), s));
            switch (unit.type()) {
                case COMPANY -> company.putAll(stats);
                case DEPARTMENT -> own.put(unit.unitId(), stats);
                case KIND -> { } // no view shows a kind's moments
            }
        }
        List<Department> all = organization.departments();
        DepartmentTree tree = new DepartmentTree(all);
        Map<String, Long> companyCounts = new HashMap<>();
        company.forEach((code, s) -> companyCounts.put(code, s.n()));
        Map<String, Map<String, Long>> counts = new HashMap<>();
        own.forEach((id, stats) -> {
            Map<String, Long> c = new HashMap<>();
            stats.forEach((code, s) -> c.put(code, s.n()));
            counts.put(id, c);
        });
        Map<String, Set<String>> shown = ItemPublication.decide(BoardService.filter(wave).k(),
                publications.of(wave), tree, companyCounts, ItemPublication.sumOfOwn(tree, counts), all.stream().map(d -> d.id().value()).toList());
        String unit = department == null ? ItemPublication.COMPANY : department;
        Map<String, RollupView.Stats> result = new LinkedHashMap<>();
        shown.forEach((code, units) -> {
            if (!units.contains(unit)) {
                return;
            }
            if (department == null) {
                MomentStats s = Objects.requireNonNull(company.get(code), "decided on the company's codes");
                result.put(code, new RollupView.Stats(s.n(), s.sum(), s.sq()));
                return;
            }
            double n = 0;
            double sum = 0;
            double sq = 0;
            for (String id : tree.subtree(department)) {
                MomentStats s = own.getOrDefault(id, Map.of()).get(code);
                if (s != null) {
                    n += s.n();
                    sum += s.sum();
                    sq += s.sq();
                }
            }
            result.put(code, new RollupView.Stats(n, sum, sq));
        });
        return result;
    }
}
