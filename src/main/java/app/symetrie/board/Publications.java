package app.symetrie.board;

import app.symetrie.barometer.Wave;
import app.symetrie.board.Publication.HiddenReason;
import app.symetrie.board.internal.PublicationStore;
import app.symetrie.board.internal.RollupKeys;
import app.symetrie.board.internal.RollupStore;
import app.symetrie.board.internal.RollupView;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.OrganizationService;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /** The wave's stored decision; for a wave closed before decisions were stored, decided and stored now. */
    Publication of(Wave wave) {
        return store.find(wave.id().value()).map(s -> fromStored(wave, s)).orElseGet(() -> decideAndStore(wave));
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
                decision.kinds().stream().map(Enum::name).toList(), decision.company(), hidden));
    }

    private static Publication fromStored(Wave wave, PublicationStore.Stored s) {
        Set<DepartmentKind> kinds = EnumSet.noneOf(DepartmentKind.class);
        s.kinds().forEach(k -> kinds.add(DepartmentKind.valueOf(k)));
        Map<String, HiddenReason> hidden = new HashMap<>();
        s.hidden().forEach((id, reason) -> hidden.put(id, HiddenReason.valueOf(reason)));
        return new Publication(BoardService.filter(wave), new HashSet<>(s.departments()), kinds, s.company(), hidden);
    }

    /**
     * Decides what a wave may publish: departments that reach k and keep the company's rest at 0 or ≥ k; a kind's
     * aggregate where it reaches k, hiding one more of its departments (the smallest) until its rest beyond its
     * published departments is 0 or ≥ k — support functions vs front office is the comparison the product exists
     * for, so it survives rather than a department. Hiding more only grows the company's rest, so the company rule
     * still holds.
     */
    Publication decide(Wave wave, List<Department> all) {
        AnonymityFilter filter = BoardService.filter(wave);
        RollupView company = rollups.find(wave.id(), UnitType.COMPANY, RollupKeys.COMPANY).orElseGet(RollupView::empty);
        Map<String, RollupView> departments = rollups.all(wave.id(), UnitType.DEPARTMENT);
        Map<String, Integer> answers = new HashMap<>();
        all.forEach(d -> answers.put(d.id().value(), departments.getOrDefault(d.id().value(), RollupView.empty()).n()));
        Map<String, HiddenReason> hidden = new HashMap<>();
        answers.forEach((id, n) -> {
            if (n > 0 && !filter.canShow(n)) {
                hidden.put(id, HiddenReason.BELOW_K);
            }
        });
        Set<String> visible = filter.visibleChildren(company.n(), all.stream()
                .map(d -> new AnonymityFilter.Group(d.id().value(), answers.get(d.id().value()))).toList());
        answers.forEach((id, n) -> {
            if (filter.canShow(n) && !visible.contains(id)) {
                hidden.put(id, HiddenReason.COMPANY_REST);
            }
        });
        Set<String> published = new HashSet<>(visible);
        Set<DepartmentKind> kinds = EnumSet.noneOf(DepartmentKind.class);
        for (DepartmentKind kind : DepartmentKind.values()) {
            int total = rollups.find(wave.id(), UnitType.KIND, kind.name()).orElseGet(RollupView::empty).n();
            List<Department> ofKind = all.stream().filter(d -> d.kind() == kind).toList();
            if (!filter.canShow(total)) {
                ofKind.stream().filter(d -> published.remove(d.id().value()))
                        .forEach(d -> hidden.put(d.id().value(), HiddenReason.KIND_BELOW_K));
                continue;
            }
            List<AnonymityFilter.Group> shownOfKind = ofKind.stream().filter(d -> visible.contains(d.id().value()))
                    .map(d -> new AnonymityFilter.Group(d.id().value(), answers.get(d.id().value()))).toList();
            Set<String> keep = filter.visibleChildren(total, shownOfKind);
            shownOfKind.stream().filter(g -> !keep.contains(g.id())).forEach(g -> {
                published.remove(g.id());
                hidden.put(g.id(), HiddenReason.KIND_REST);
            });
            kinds.add(kind);
        }
        return new Publication(filter, published, kinds, filter.canShow(company.n()), hidden);
    }
}
