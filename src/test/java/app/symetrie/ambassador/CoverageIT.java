package app.symetrie.ambassador;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.board.BoardExport;
import app.symetrie.board.BoardService;
import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeFilter;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.SignedInUser;
import app.symetrie.test.RestoresCollections;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Coverage is granted by a lead, never self-served: whatever an ambassador sends to the profile service, the
 * departments whose boards, comments and exports they read stay the ones a lead granted, and only while they are
 * active.
 */
@WithDemoCompany
@RestoresCollections({"ambassadors"})
class CoverageIT {

    RunAs runAs;

    @Autowired
    AmbassadorService ambassadors;
    @Autowired
    OrganizationService organization;
    @Autowired
    BoardService boards;
    @Autowired
    BoardExport exports;

    /** Two ambassadors of this test, nominated once (the demo program's size is asserted elsewhere). */
    static AmbassadorId marketer;
    static AmbassadorId seller;

    SignedInUser lead() {
        return RunAs.user(organization.employeeByEmail(new Email("lead@demo.symetrie.fr")).orElseThrow(), Role.LEAD);
    }

    Department department(String name) {
        return organization.departments().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    DepartmentId finance() {
        return department("Finance et contrôle de gestion").id();
    }

    List<DepartmentId> all() {
        return organization.departments().stream().map(Department::id).toList();
    }

    /** The class's store is put back after its last test (RestoresCollections): so are the two ambassadors. */
    @AfterAll
    static void forgetTheAmbassadors() {
        marketer = null;
        seller = null;
    }

    /** Before each test: both ambassadors active, covering their own department only, nothing pending. */
    @BeforeEach
    void baseline(@Autowired SecurityContextHolderStrategy security) {
        runAs = new RunAs(security);
        if (marketer == null) {
            marketer = nominate("Marketing");
            seller = nominate("E-commerce");
        }
        for (AmbassadorId id : List.of(marketer, seller)) {
            Ambassador a = byId(id);
            if (a.status() != AmbassadorStatus.ACTIVE) {
                runAs.call(lead(), () -> ambassadors.changeStatus(id, AmbassadorStatus.ACTIVE));
            }
            runAs.call(lead(), ambassadors::coverageRequests).stream().filter(r -> r.ambassadorId().equals(id))
                    .forEach(r -> runAs.run(lead(), () -> ambassadors.refuseCoverage(r)));
            runAs.call(lead(), () -> ambassadors.updateProfile(id, new AmbassadorProfile(
                    List.of(a.homeDepartmentId()), List.of("crm"), List.of("lack_training"), 4)));
        }
    }

    private AmbassadorId nominate(String home) {
        Set<?> already = Set.copyOf(runAs.call(lead(), ambassadors::all).stream().map(Ambassador::employeeId)
                .toList());
        Employee person = runAs.system(() -> organization.findEmployees(new EmployeeFilter(null,
                        department(home).id()), 0, 300)).stream()
                .filter(e -> !already.contains(e.id()))
                .filter(e -> !e.email().value().matches("(employe|manager|lead|admin|ambassadeur)@.*"))
                .findFirst().orElseThrow();
        return runAs.call(lead(), () -> ambassadors.nominate(person.id(), new AmbassadorProfile(
                List.of(person.departmentId()), List.of("crm"), List.of("lack_training"), 4))).id();
    }

    Ambassador byId(AmbassadorId id) {
        return runAs.call(lead(), ambassadors::all).stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow();
    }

    SignedInUser as(Ambassador a) {
        return RunAs.user(organization.employee(a.employeeId()).orElseThrow(), Role.AMBASSADOR);
    }

    Set<DepartmentId> readable(SignedInUser user) {
        return Set.copyOf(runAs.call(user, boards::readableDepartments).stream().map(Department::id).toList());
    }

    void assertCannotRead(SignedInUser user, DepartmentId department) {
        assertThatThrownBy(() -> runAs.call(user, () -> boards.departmentBoard(department, null, Locale.FRENCH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.call(user, () -> exports.department(department, null,
                BoardExport.Format.CSV, Locale.FRENCH))).isInstanceOf(AccessDeniedException.class);
    }

    void assertCanRead(SignedInUser user, DepartmentId department) {
        assertThat(runAs.call(user, () -> boards.departmentBoard(department, null, Locale.FRENCH))).isPresent();
        assertThat(runAs.call(user, () -> exports.department(department, null, BoardExport.Format.CSV,
                Locale.FRENCH))).hasValueSatisfying(f -> assertThat(f.content()).isNotEmpty());
    }

    @Test
    void ambassador_cannot_widen_their_own_coverage() {
        Ambassador a = byId(marketer);
        SignedInUser me = as(a);
        DepartmentId marketing = department("Marketing").id();
        DepartmentId finance = finance();

        Ambassador saved = runAs.call(me, () -> ambassadors.updateProfile(a.id(),
                new AmbassadorProfile(all(), List.of("crm", "office"), List.of("too_many_tools"), 7)));

        // what is theirs to change is saved…
        assertThat(saved.profile().tools()).containsExactly("crm", "office");
        assertThat(saved.profile().topics()).containsExactly("too_many_tools");
        assertThat(saved.profile().monthlyHours()).isEqualTo(7);
        // …the coverage is not: every department became a request, nothing more
        assertThat(saved.profile().departments()).containsExactly(marketing);
        assertThat(runAs.call(me, ambassadors::grantedCoverage)).containsExactly(marketing);
        assertThat(readable(me)).containsExactly(marketing);
        assertCannotRead(me, finance);
        assertThat(runAs.call(me, () -> ambassadors.directory(finance, null)))
                .noneMatch(e -> e.ambassador().id().equals(a.id()));
        CoverageRequest request = runAs.call(me, ambassadors::myCoverageRequest).orElseThrow();
        assertThat(request.requested()).containsExactlyElementsOf(all());
        assertThat(request.added()).hasSize(all().size() - 1).doesNotContain(marketing);
        assertThat(runAs.call(lead(), ambassadors::coverageRequests)).extracting(CoverageRequest::ambassadorId)
                .contains(a.id());
        // and a lead's methods stay a lead's
        assertThatThrownBy(() -> runAs.call(me, () -> ambassadors.approveCoverage(request)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.call(me, ambassadors::coverageRequests))
                .isInstanceOf(AccessDeniedException.class);

        // saving the granted departments again withdraws the request
        runAs.call(me, () -> ambassadors.updateProfile(a.id(),
                new AmbassadorProfile(List.of(marketing), List.of("crm"), List.of(), 7)));
        assertThat(runAs.call(me, ambassadors::myCoverageRequest)).isEmpty();
        assertThat(runAs.call(lead(), ambassadors::coverageRequests)).extracting(CoverageRequest::ambassadorId)
                .doesNotContain(a.id());
    }

    @Test
    void ambassador_cannot_edit_someone_else_s_coverage() {
        Ambassador a = byId(marketer);
        Ambassador other = byId(seller);
        assertThatThrownBy(() -> runAs.call(as(a), () -> ambassadors.updateProfile(other.id(),
                new AmbassadorProfile(all(), List.of(), List.of(), 4)))).hasMessage("ambassador.error.not-yours");
    }

    @Test
    void a_lead_s_approval_widens_the_coverage() {
        Ambassador a = byId(marketer);
        SignedInUser me = as(a);
        DepartmentId marketing = department("Marketing").id();
        DepartmentId finance = finance();
        runAs.call(me, () -> ambassadors.updateProfile(a.id(),
                new AmbassadorProfile(List.of(marketing, finance), List.of("crm"), List.of(), 4)));
        assertCannotRead(me, finance);

        CoverageRequest seen = runAs.call(lead(), ambassadors::coverageRequests).stream()
                .filter(r -> r.ambassadorId().equals(a.id())).findFirst().orElseThrow();
        assertThat(seen.granted()).containsExactly(marketing);
        assertThat(seen.added()).containsExactly(finance);
        Ambassador approved = runAs.call(lead(), () -> ambassadors.approveCoverage(seen));

        assertThat(approved.profile().departments()).containsExactly(marketing, finance);
        assertThat(readable(me)).containsExactlyInAnyOrder(marketing, finance);
        assertCanRead(me, finance);
        assertThat(runAs.call(me, () -> ambassadors.directory(finance, null)))
                .anyMatch(e -> e.ambassador().id().equals(a.id()));
        assertThat(runAs.call(me, ambassadors::myCoverageRequest)).isEmpty();
        assertThatThrownBy(() -> runAs.call(lead(), () -> ambassadors.approveCoverage(seen)))
                .isInstanceOf(UserFacingException.class).hasMessage("ambassador.error.coverage.changed");
    }

    @Test
    void a_request_changed_after_the_lead_read_it_is_not_approved() {
        Ambassador a = byId(marketer);
        SignedInUser me = as(a);
        DepartmentId marketing = department("Marketing").id();
        runAs.call(me, () -> ambassadors.updateProfile(a.id(), new AmbassadorProfile(
                List.of(marketing, finance()), List.of(), List.of(), 4)));
        CoverageRequest seen = runAs.call(lead(), ambassadors::coverageRequests).stream()
                .filter(r -> r.ambassadorId().equals(a.id())).findFirst().orElseThrow();
        // meanwhile the ambassador asks for every department instead
        runAs.call(me, () -> ambassadors.updateProfile(a.id(), new AmbassadorProfile(all(), List.of(), List.of(), 4)));

        assertThatThrownBy(() -> runAs.call(lead(), () -> ambassadors.approveCoverage(seen)))
                .hasMessage("ambassador.error.coverage.changed");
        assertThat(readable(me)).containsExactly(marketing);
        assertThat(runAs.call(me, ambassadors::myCoverageRequest).orElseThrow().requested())
                .containsExactlyElementsOf(all());
    }

    @Test
    void a_lead_refuses_a_request_or_sets_the_coverage_directly() {
        Ambassador a = byId(marketer);
        SignedInUser me = as(a);
        DepartmentId marketing = department("Marketing").id();
        DepartmentId achats = department("Achats").id();
        runAs.call(me, () -> ambassadors.updateProfile(a.id(), new AmbassadorProfile(all(), List.of(), List.of(), 4)));
        CoverageRequest seen = runAs.call(lead(), ambassadors::coverageRequests).stream()
                .filter(r -> r.ambassadorId().equals(a.id())).findFirst().orElseThrow();
        runAs.run(lead(), () -> ambassadors.refuseCoverage(seen));
        assertThat(runAs.call(me, ambassadors::myCoverageRequest)).isEmpty();
        assertThat(readable(me)).containsExactly(marketing);

        Ambassador set = runAs.call(lead(), () -> ambassadors.updateProfile(a.id(),
                new AmbassadorProfile(List.of(marketing, achats), List.of("office"), List.of(), 5)));
        assertThat(set.profile().departments()).containsExactly(marketing, achats);
        assertCanRead(me, achats);
    }

    @Test
    void a_paused_or_ended_ambassador_reads_no_covered_board_even_in_a_session_that_still_holds_the_role() {
        Ambassador a = byId(marketer);
        SignedInUser me = as(a);
        DepartmentId finance = finance();
        runAs.call(lead(), () -> ambassadors.updateProfile(a.id(), new AmbassadorProfile(
                List.of(a.homeDepartmentId(), finance), List.of(), List.of(), 4)));
        assertCanRead(me, finance);

        runAs.call(me, () -> ambassadors.changeStatus(a.id(), AmbassadorStatus.PAUSED));
        assertThat(runAs.call(me, ambassadors::grantedCoverage)).isEmpty();
        assertCannotRead(me, finance);
        runAs.call(me, () -> ambassadors.changeStatus(a.id(), AmbassadorStatus.ACTIVE));
        assertCanRead(me, finance);

        runAs.call(lead(), () -> ambassadors.changeStatus(a.id(), AmbassadorStatus.ENDED));
        // "me" still holds AMBASSADOR, as a session built before the ending would: coverage is read now anyway
        assertThat(me.has(Role.AMBASSADOR)).isTrue();
        assertCannotRead(me, finance);
        assertThat(readable(me)).containsExactly(department("Marketing").id());
    }

    @Test
    void status_changes_and_the_ranking_choice_keep_the_granted_coverage_and_the_pending_request() {
        Ambassador a = byId(marketer);
        SignedInUser me = as(a);
        runAs.call(lead(), () -> ambassadors.updateProfile(a.id(), new AmbassadorProfile(
                List.of(a.homeDepartmentId(), finance()), List.of(), List.of(), 4)));
        runAs.call(me, () -> ambassadors.updateProfile(a.id(), new AmbassadorProfile(all(), List.of(), List.of(), 4)));
        int steps = a.history().size();
        runAs.call(me, () -> ambassadors.changeStatus(a.id(), AmbassadorStatus.PAUSED));
        runAs.call(me, () -> ambassadors.changeStatus(a.id(), AmbassadorStatus.PAUSED)); // a double click
        runAs.call(me, () -> ambassadors.setPublicRanking(false));
        Ambassador now = runAs.call(me, () -> ambassadors.changeStatus(a.id(), AmbassadorStatus.ACTIVE));
        assertThat(now.profile().departments()).containsExactly(department("Marketing").id(), finance());
        assertThat(now.publicRanking()).isFalse();
        assertThat(now.history()).hasSize(steps + 2).extracting(StatusChange::status)
                .endsWith(AmbassadorStatus.ACTIVE, AmbassadorStatus.PAUSED, AmbassadorStatus.ACTIVE);
        assertThat(runAs.call(me, ambassadors::myCoverageRequest)).isPresent();
    }
}
