package app.symetrie.board;

import app.symetrie.audit.AuditLog;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveId;
import app.symetrie.board.BoardRecords.CompanyOverview;
import app.symetrie.board.BoardRecords.DepartmentBoard;
import app.symetrie.board.BoardRecords.PublicationChange;
import app.symetrie.board.BoardRecords.RebuildReport;
import app.symetrie.board.BoardRecords.WaveRef;
import app.symetrie.board.internal.RollupStore;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.DepartmentTree;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Department boards and the company overview, read from each closed wave's stored figures ({@link ClosedWaveFigures}):
 * the secured entry point of four focused parts — who may read which board ({@link BoardAccess}), what each wave
 * publishes ({@link Publications}), one department's board ({@link DepartmentBoardQuery}) and the company overview
 * ({@link CompanyOverviewQuery}). Every figure goes through the {@link AnonymityFilter} of its wave (thresholds locked
 * when the wave opened). Visibility: a lead sees every department; a manager and an employee their own department's
 * published (closed) waves; an active ambassador also the departments a lead granted them.
 */
@Service
public class BoardService {

    private final CampaignService campaigns;
    private final OrganizationService organization;
    private final RollupStore rollups;
    private final Publications publications;
    private final ClosedWaveFigures figures;
    private final BoardAccess access;
    private final DepartmentBoardQuery boards;
    private final CompanyOverviewQuery overviews;
    private final AuditLog audit;

    BoardService(CampaignService campaigns, OrganizationService organization, RollupStore rollups,
                 Publications publications, ClosedWaveFigures figures, BoardAccess access,
                 DepartmentBoardQuery boards, CompanyOverviewQuery overviews, AuditLog audit) {
        this.campaigns = campaigns;
        this.organization = organization;
        this.rollups = rollups;
        this.publications = publications;
        this.figures = figures;
        this.access = access;
        this.boards = boards;
        this.overviews = overviews;
        this.audit = audit;
    }

    // ----- waves and access

    /** Closed waves, oldest first: what boards show (open waves are not published). */
    public List<WaveRef> publishedWaves() {
        return campaigns.closedWaves().stream().map(BoardService::ref).toList();
    }

    static WaveRef ref(Wave w) {
        return new WaveRef(w.id(), w.opensOn().getYear() + "-" + String.format(Locale.ROOT, "%02d",
                w.opensOn().getMonthValue()), w.opensOn(), w.closesOn());
    }

    static AnonymityFilter filter(Wave wave) {
        return new AnonymityFilter(wave.thresholds().k(), wave.thresholds().kComments());
    }

    /** The chosen wave's index, the last one by default; -1 when there is none. */
    static int selected(List<Wave> waves, @Nullable WaveId waveId) {
        if (waves.isEmpty()) {
            return -1;
        }
        if (waveId == null) {
            return waves.size() - 1;
        }
        for (int i = 0; i < waves.size(); i++) {
            if (waves.get(i).id().equals(waveId)) {
                return i;
            }
        }
        return -1;
    }

    /** The departments whose board the signed-in person may read. */
    @PreAuthorize("isAuthenticated()")
    public List<Department> readableDepartments() {
        List<Department> all = organization.departments();
        return access.readable(CurrentUser.require(), all, new DepartmentTree(all));
    }

    /** A department and its sub-departments at any depth (those its board's figures cover). */
    @PreAuthorize("isAuthenticated()")
    public List<DepartmentId> subtree(DepartmentId departmentId) {
        DepartmentTree tree = new DepartmentTree(organization.departments());
        access.require(CurrentUser.require(), departmentId, tree);
        return tree.subtree(departmentId.value()).stream().map(DepartmentId::new).toList();
    }

    // ----- department board and company overview

    @PreAuthorize("isAuthenticated()")
    public Optional<DepartmentBoard> departmentBoard(DepartmentId departmentId, @Nullable WaveId waveId,
                                                   Locale locale) {
        List<Department> all = organization.departments();
        DepartmentTree tree = new DepartmentTree(all);
        access.require(CurrentUser.require(), departmentId, tree);
        Optional<Department> department = all.stream().filter(d -> d.id().equals(departmentId)).findFirst();
        return department.flatMap(d -> boards.board(d, all, tree, waveId, locale));
    }

    @PreAuthorize("hasRole('LEAD')")
    public Optional<CompanyOverview> overview(@Nullable WaveId waveId, @Nullable DepartmentKind kindFilter,
                                             Locale locale) {
        List<Department> all = organization.departments();
        return overviews.overview(all, new DepartmentTree(all), waveId, kindFilter, locale);
    }

    /**
     * What rebuilding every closed wave's figures from its released answers would change, without changing
     * anything: rollups that differ from a fresh computation (none, unless one was damaged) and departments whose
     * publication would change (for instance after a department changed kind).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public RebuildReport previewRebuild() {
        return rebuild(false);
    }

    /**
     * Rebuilds every closed wave's rollups from its released answers and decides its publication again; what changed
     * is returned and recorded in the audit log with who did it (an administrator's repair action).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public RebuildReport rebuildAll() {
        RebuildReport report = rebuild(true);
        audit.record("figures.rebuilt", report.waves() + " waves, " + report.answers() + " answers, "
                + report.rollupsChanged() + " rollups changed, " + report.changes().size() + " publication changes"
                + report.changes().stream().map(c -> "; " + c.wave().label() + " " + c.department()
                        + (c.nowShown() ? " shown" : " hidden")).reduce("", String::concat));
        return report;
    }

    private RebuildReport rebuild(boolean apply) {
        List<Department> all = organization.departments();
        Map<String, String> names = all.stream().collect(Collectors.toMap(d -> d.id().value(), Department::name));
        int answersRead = 0;
        int changedRollups = 0;
        List<PublicationChange> changes = new ArrayList<>();
        List<Wave> closed = campaigns.closedWaves();
        for (Wave w : closed) {
            int k = w.thresholds().k();
            RollupStore.Computed computed = rollups.compute(w.id(), k);
            answersRead += computed.answers();
            changedRollups += rollups.differences(w.id(), computed);
            if (apply) {
                rollups.replace(w.id(), computed);
                // Its stored figures are computed again, from the rebuilt rollups and decision, at the next read.
                figures.forget(w.id());
            }
            Publication before = publications.of(w);
            Publication after = publications.decide(w, all);
            if (!after.sameAs(before)) {
                Set<String> ids = new java.util.TreeSet<>(before.departments());
                ids.addAll(after.departments());
                for (String id : ids) {
                    boolean was = before.departments().contains(id);
                    boolean is = after.departments().contains(id);
                    if (was != is) {
                        changes.add(new PublicationChange(ref(w), names.getOrDefault(id, id), is));
                    }
                }
                if (apply) {
                    publications.store(w, after);
                }
            }
        }
        return new RebuildReport(closed.size(), answersRead, changedRollups, changes);
    }
}
