package app.symetrie.board;

import app.symetrie.barometer.PublishedTotals;
import app.symetrie.barometer.Wave;
import app.symetrie.board.internal.RollupStore;
import app.symetrie.board.internal.RollupView;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.DepartmentTree;
import app.symetrie.organization.OrganizationService;
import app.symetrie.organization.Team;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every total of a closed wave's answers that the boards publish — each kind's, each published department's on its
 * whole subtree, each shown team's — as groups nesting the departments' own answers, for the participation page
 * (which shows a count per department, and must not let any of these totals minus its counts give a small group).
 *
 * <p>Read on the department tree the wave's figures were computed on and kept with them ({@link
 * ClosedWaveFigures#tree}); for figures computed before the tree was kept, on today's tree — the one they would be
 * computed on again, and the one the publication decision of such an old wave is made again on. A department's own
 * answers count in the department they name in storage: itself if it is named, else its nearest named ancestor (the
 * departments with a rollup), else only its kind; so a published department's total is exactly the own answers of the
 * departments counted inside its subtree.
 */
@Component
class ParticipationNesting implements PublishedTotals {

    static final String KIND = "kind:";
    static final String DEPARTMENT = "department:";

    private final Publications publications;
    private final ClosedWaveFigures figures;
    private final RollupStore rollups;
    private final OrganizationService organization;

    ParticipationNesting(Publications publications, ClosedWaveFigures figures, RollupStore rollups,
                         OrganizationService organization) {
        this.publications = publications;
        this.figures = figures;
        this.rollups = rollups;
        this.organization = organization;
    }

    @Override
    public Nesting of(Wave wave) {
        Publication publication = publications.of(wave);
        ClosedWaveFigures.FrozenTree frozen = figures.tree(wave);
        DepartmentTree tree = frozen.tree();
        Set<String> named = rollups.all(wave.id(), UnitType.DEPARTMENT).keySet();

        Map<String, String> parentOf = new HashMap<>();
        // The groups: each department on its subtree, under its parent; a top department under its kind.
        frozen.kindOf().forEach((id, kind) -> {
            String parent = tree.parentOf(id);
            parentOf.put(DEPARTMENT + id, parent != null ? DEPARTMENT + parent : KIND + kind.name());
        });
        // The units: a department's own people, in the department their answers name.
        Set<String> units = new HashSet<>(wave.invited().keySet());
        units.addAll(wave.answered().keySet());
        for (String id : units) {
            String countedIn = tree.ancestorsOrSelf(id).stream().filter(named::contains).findFirst().orElse(null);
            DepartmentKind kind = frozen.kindOf().get(id);
            if (countedIn != null) {
                parentOf.put(id, DEPARTMENT + countedIn);
            } else if (kind != null) {
                parentOf.put(id, KIND + kind.name());
            }
        }

        Set<String> published = new HashSet<>();
        publication.departments().forEach(id -> published.add(DEPARTMENT + id));
        publication.kinds().forEach(kind -> published.add(KIND + kind.name()));

        // A shown team's count is a published part of its department's own answers.
        Map<String, RollupView> teams = rollups.all(wave.id(), UnitType.TEAM);
        Map<String, String> departmentOf = new HashMap<>();
        for (Team team : organization.allTeams()) {
            departmentOf.put(team.id().value(), team.departmentId().value());
        }
        Map<String, Integer> known = new HashMap<>();
        publication.teams().forEach(team -> {
            RollupView v = teams.get(team);
            String department = departmentOf.get(team);
            if (v != null && department != null) {
                known.merge(department, v.n(), Integer::sum);
            }
        });
        return new Nesting(parentOf, published, known);
    }
}
