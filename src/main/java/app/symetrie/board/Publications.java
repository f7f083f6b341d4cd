package app.symetrie.board;

import app.symetrie.barometer.Wave;
import app.symetrie.board.Publication.HiddenReason;
import app.symetrie.board.internal.PublicationStore;
import app.symetrie.board.internal.RollupKeys;
import app.symetrie.board.internal.RollupStore;
import app.symetrie.board.internal.RollupView;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.DepartmentTree;
import app.symetrie.organization.OrganizationService;
import app.symetrie.organization.Team;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Each closed wave's single publication decision: made when the wave closes (from its rollups and the organization
 * as it was then), stored, and read by every view and export of that wave. Changing a department's kind or
 * rebuilding later does not silently change what a closed wave published: a rebuild shows what would change and is
 * recorded ({@link BoardService#previewRebuild()}).
 */
@Component
class Publications {

    private final RollupStore rollups;
    private final PublicationStore store;
    private final OrganizationService organization;

    Publications(RollupStore rollups, PublicationStore store, OrganizationService organization) {
        this.rollups = rollups;
        this.store = store;
        this.organization = organization;
    }

    /** The version of the decision rule; a stored decision of an older rule is made again, once, under this one. */
    static final int RULE = 2;

    /**
     * The wave's stored decision; for a wave closed before decisions were stored, or decided by an older rule
     * (before parent departments were a level of the figures), decided and stored now.
     */
    Publication of(Wave wave) {
        return store.find(wave.id().value()).filter(s -> s.rule() != null && s.rule() >= RULE)
                .map(s -> fromStored(wave, s)).orElseGet(() -> decideAndStore(wave));
    }

    /** The decisions of these waves, in their order (one lookup for all; a missing or outdated one as {@link #of}). */
    List<Publication> of(List<Wave> waves) {
        Map<String, PublicationStore.Stored> stored = store.find(waves.stream().map(w -> w.id().value()).toList());
        return waves.stream().map(w -> {
            PublicationStore.Stored s = stored.get(w.id().value());
            return s != null && s.rule() != null && s.rule() >= RULE ? fromStored(w, s) : decideAndStore(w);
        }).toList();
    }

    Publication decideAndStore(Wave wave) {
        Publication decision = decide(wave, organization.departments());
        store(wave, decision);
        return decision;
    }

    void store(Wave wave, Publication decision) {
        Map<String, String> hidden = new HashMap<>();
        decision.hidden().forEach((id, reason) -> hidden.put(id, reason.name()));
        store.save(new PublicationStore.Stored(wave.id().value(), List.copyOf(decision.departments()),
                decision.kinds().stream().map(Enum::name).toList(), decision.company(), hidden,
                List.copyOf(decision.teams()), RULE));
    }

    private static Publication fromStored(Wave wave, PublicationStore.Stored s) {
        Set<DepartmentKind> kinds = EnumSet.noneOf(DepartmentKind.class);
        s.kinds().forEach(k -> kinds.add(DepartmentKind.valueOf(k)));
        Map<String, HiddenReason> hidden = new HashMap<>();
        s.hidden().forEach((id, reason) -> hidden.put(id, HiddenReason.valueOf(reason)));
        return new Publication(BoardService.filter(wave), new HashSet<>(s.departments()), kinds, s.company(),
                s.teams() == null ? Set.of() : new HashSet<>(s.teams()), hidden);
    }

    private static final String COMPANY = "company";
    private static final String KIND = "kind:";
    private static final String DEPARTMENT = "department:";
    private static final String TEAM = "team:";

    /**
     * Decides what a wave may publish, in one pass over the whole tree company ⊃ kind ⊃ department ⊃
     * sub-department (any depth) ⊃ team ({@link SuppressionTree}): a department counts its whole subtree (the sum of
     * its own and its descendants' rollups); a team is a group of its department when that department is named in
     * storage. Hiding proceeds from the top, so support functions vs front office — the comparison the product exists
     * for — survives rather than a department, and a parent rather than one of its agencies.
     */
    Publication decide(Wave wave, List<Department> all) {
        AnonymityFilter filter = BoardService.filter(wave);
        DepartmentTree tree = new DepartmentTree(all);
        RollupView company = rollups.find(wave.id(), UnitType.COMPANY, RollupKeys.COMPANY).orElseGet(RollupView::empty);
        Map<String, RollupView> own = rollups.all(wave.id(), UnitType.DEPARTMENT);
        Map<String, RollupView> teamViews = rollups.all(wave.id(), UnitType.TEAM);
        Map<String, Integer> answers = new HashMap<>();
        all.forEach(d -> answers.put(d.id().value(), tree.subtree(d.id().value()).stream()
                .mapToInt(id -> own.getOrDefault(id, RollupView.empty()).n()).sum()));

        SuppressionTree.Node root = new SuppressionTree.Node(COMPANY, company.n());
        Map<DepartmentKind, SuppressionTree.Node> kindNodes = new EnumMap<>(DepartmentKind.class);
        for (DepartmentKind kind : DepartmentKind.values()) {
            SuppressionTree.Node node = new SuppressionTree.Node(KIND + kind.name(),
                    rollups.find(wave.id(), UnitType.KIND, kind.name()).orElseGet(RollupView::empty).n());
            kindNodes.put(kind, node);
            root.add(node);
        }
        Map<String, SuppressionTree.Node> departmentNodes = new HashMap<>();
        all.forEach(d -> departmentNodes.put(d.id().value(),
                new SuppressionTree.Node(DEPARTMENT + d.id().value(),
                        Objects.requireNonNull(answers.get(d.id().value()), "counted above for each"))));
        all.stream().sorted(java.util.Comparator.comparing(d -> d.id().value())).forEach(d -> {
            String parent = tree.parentOf(d.id().value());
            SuppressionTree.Node node = Objects.requireNonNull(departmentNodes.get(d.id().value()), "one for each");
            Objects.requireNonNull(parent != null ? departmentNodes.get(parent) : kindNodes.get(d.kind()),
                    "a parent is a department, a top department hangs under its kind").add(node);
        });
        for (Team team : organization.allTeams()) {
            String department = team.departmentId().value();
            RollupView v = teamViews.get(team.id().value());
            // A team's answers are in its department's own rollup only when that department was named in storage.
            if (v != null && own.containsKey(department) && departmentNodes.containsKey(department)) {
                departmentNodes.get(department).add(new SuppressionTree.Node(TEAM + team.id().value(), v.n()));
            }
        }
        new SuppressionTree(filter.k()).decide(root);
        Set<String> shown = SuppressionTree.shown(root);
        Map<String, String> beside = SuppressionTree.hiddenBeside(root);

        Set<String> published = new HashSet<>();
        Set<String> teams = new HashSet<>();
        Set<DepartmentKind> kinds = EnumSet.noneOf(DepartmentKind.class);
        shown.forEach(id -> {
            if (id.startsWith(DEPARTMENT)) {
                published.add(id.substring(DEPARTMENT.length()));
            } else if (id.startsWith(TEAM)) {
                teams.add(id.substring(TEAM.length()));
            } else if (id.startsWith(KIND)) {
                kinds.add(DepartmentKind.valueOf(id.substring(KIND.length())));
            }
        });
        Map<String, HiddenReason> hidden = new HashMap<>();
        answers.forEach((id, n) -> {
            if (n == 0 || published.contains(id)) {
                return;
            }
            String protecting = beside.get(DEPARTMENT + id);
            hidden.put(id, protecting == null ? HiddenReason.BELOW_K
                    : protecting.equals(COMPANY) ? HiddenReason.COMPANY_REST
                    : protecting.startsWith(KIND) ? HiddenReason.KIND_REST : HiddenReason.PARENT_REST);
        });
        return new Publication(filter, published, kinds, filter.canShow(company.n()), teams, hidden);
    }
}
