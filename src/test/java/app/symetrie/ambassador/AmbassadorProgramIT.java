package app.symetrie.ambassador;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.common.Email;
import app.symetrie.common.InvalidValueException;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeFilter;
import app.symetrie.organization.OrganizationService;
import app.symetrie.organization.Team;
import app.symetrie.security.AccountService;
import app.symetrie.security.RoleContributor;
import app.symetrie.security.SignedInUser;
import app.symetrie.security.internal.AccountUserDetailsService;
import app.symetrie.test.RestoresCollections;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The ambassador program on the demo company: who is an ambassador, the directory, help requests, the log. */
@WithDemoCompany
@RestoresCollections({"accounts", "ambassadors", "ambassador_applications", "help_requests",
        "coaching_sessions", "notifications", "mail_outbox"})
class AmbassadorProgramIT {

    RunAs runAs;

    @BeforeEach
    void runAs(@Autowired SecurityContextHolderStrategy security) {
        runAs = new RunAs(security);
    }

    @Autowired
    AmbassadorService ambassadors;
    @Autowired
    HelpRequestService requests;
    @Autowired
    CoachingService coaching;
    @Autowired
    ProgramService program;
    @Autowired
    OrganizationService organization;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    List<RoleContributor> contributors;
    @Autowired
    Clock clock;

    // ----- people

    SignedInUser signIn(String login) {
        return (SignedInUser) users.loadUserByUsername(login + "@demo.symetrie.fr");
    }

    SignedInUser lead() {
        return signIn("lead");
    }

    SignedInUser hugo() {
        return signIn("ambassadeur");
    }

    SignedInUser camille() {
        return signIn("employe");
    }

    Department department(String name) {
        return organization.departments().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    List<Ambassador> all() {
        return runAs.call(lead(), ambassadors::all);
    }

    Ambassador ambassadorWith(AmbassadorStatus status, int index) {
        return all().stream().filter(a -> a.status() == status && !a.name().equals("Hugo Lefèvre")).toList()
                .get(index);
    }

    SignedInUser as(Ambassador a) {
        return RunAs.user(organization.employee(a.employeeId()).orElseThrow(),
                a.status().holdsRole() ? new Role[]{Role.AMBASSADOR} : new Role[0]);
    }

    /** An employee of the department who is not (and never was) an ambassador. */
    Employee nonAmbassador(String departmentName, int index) {
        Set<?> ids = Set.copyOf(all().stream().map(Ambassador::employeeId).toList());
        return runAs.system(() -> organization.findEmployees(new EmployeeFilter(null,
                        department(departmentName).id()), 0, 200)).stream()
                .filter(e -> !ids.contains(e.id()) && !e.email().value().matches("(employe|manager|lead|admin)@.*"))
                .toList().get(index);
    }

    CoachingEntry entry(CoachingSessionId id, LocalDate date, int minutes, Department department) {
        return new CoachingEntry(id, date, minutes, CoachingFormat.ONE_TO_ONE, department.id(), null, 1,
                List.of("crm"), List.of("lack_training"), "", false, "", null);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ----- the demo program

    @Test
    void the_demo_program_has_about_thirty_ambassadors_and_support_functions_without_any() {
        List<Ambassador> list = all();
        assertThat(list).hasSizeBetween(30, 40);
        assertThat(list.stream().filter(a -> a.status() == AmbassadorStatus.PAUSED)).isNotEmpty();
        assertThat(list.stream().filter(a -> a.status() == AmbassadorStatus.ENDED)).isNotEmpty();
        Ambassador hugo = list.stream().filter(a -> a.name().equals("Hugo Lefèvre")).findFirst().orElseThrow();
        assertThat(hugo.status()).isEqualTo(AmbassadorStatus.ACTIVE);
        assertThat(hugo.profile().departments()).contains(department("Service client").id());

        ProgramOverview overview = runAs.call(lead(), program::overview);
        assertThat(overview.uncoveredDepartments()).extracting(Department::name).contains("Juridique", "Achats");
        assertThat(overview.uncoveredDepartments()).filteredOn(d -> d.name().equals("Juridique"))
                .allMatch(d -> d.kind() == DepartmentKind.SUPPORT);
        var serviceClient = overview.departments().stream()
                .filter(c -> c.department().name().equals("Service client")).findFirst().orElseThrow();
        var comptabilite = overview.departments().stream()
                .filter(c -> c.department().name().equals("Comptabilité")).findFirst().orElseThrow();
        assertThat(serviceClient.activeAmbassadors()).isGreaterThan(comptabilite.activeAmbassadors());
    }

    @Test
    void the_demo_log_holds_about_400_sessions_over_18_months() {
        List<CoachingSession> sessions = runAs.call(lead(), () -> coaching.allSessions(today().minusMonths(18)));
        assertThat(sessions).hasSizeBetween(350, 480);
        assertThat(sessions).allSatisfy(s -> assertThat(s.entry().date()).isBeforeOrEqualTo(today()));
        assertThat(sessions.getLast().entry().date()).isBefore(today().minusMonths(16));
        assertThat(sessions).anyMatch(CoachingSession::outsideCoverage);
        // more coaching as the program took off
        long firstHalf = sessions.stream().filter(s -> s.entry().date().isBefore(today().minusMonths(9))).count();
        assertThat(sessions.size() - firstHalf).isGreaterThan(firstHalf);
    }

    // ----- the role

    @Test
    void active_and_paused_ambassadors_hold_the_role_and_ended_ones_do_not() {
        Ambassador active = ambassadorWith(AmbassadorStatus.ACTIVE, 0);
        Ambassador paused = ambassadorWith(AmbassadorStatus.PAUSED, 0);
        Ambassador ended = ambassadorWith(AmbassadorStatus.ENDED, 0);
        assertThat(rolesOf(active)).containsExactly(Role.AMBASSADOR);
        assertThat(rolesOf(paused)).containsExactly(Role.AMBASSADOR);
        assertThat(rolesOf(ended)).isEmpty();
        assertThat(contributors.stream().flatMap(c -> c.rolesFor(new Email("employe@demo.symetrie.fr")).stream()))
                .isEmpty();

        // signing in: an account with no granted role still gets AMBASSADOR from the program
        Employee person = organization.employee(active.employeeId()).orElseThrow();
        runAs.system(() -> accounts.grantAccess(person.email(), EnumSet.noneOf(Role.class), "a long password 123"));
        SignedInUser user = (SignedInUser) users.loadUserByUsername(person.email().value());
        assertThat(user.roles()).contains(Role.AMBASSADOR).doesNotContain(Role.MANAGER, Role.LEAD);
    }

    private Set<Role> rolesOf(Ambassador a) {
        Email email = organization.employee(a.employeeId()).orElseThrow().email();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        contributors.forEach(c -> roles.addAll(c.rolesFor(email)));
        return roles;
    }

    // ----- directory and help requests

    @Test
    void the_directory_lists_only_active_ambassadors_by_department_and_tool() {
        List<DirectoryEntry> everyone = runAs.call(camille(), () -> ambassadors.directory(null, null));
        assertThat(everyone).isNotEmpty().allMatch(e -> e.ambassador().status() == AmbassadorStatus.ACTIVE);
        assertThat(everyone).hasSize((int) all().stream().filter(Ambassador::isActive).count());

        Department serviceClient = department("Service client");
        List<DirectoryEntry> crm = runAs.call(camille(), () -> ambassadors.directory(serviceClient.id(), "crm"));
        assertThat(crm).extracting(e -> e.ambassador().name()).contains("Hugo Lefèvre");
        assertThat(crm).allMatch(e -> e.ambassador().profile().covers(serviceClient.id())
                && e.ambassador().profile().tools().contains("crm"));
        assertThat(runAs.call(camille(), () -> ambassadors.directory(department("Juridique").id(), null))).isEmpty();
    }

    @Test
    void a_paused_ambassador_receives_no_request_and_an_ended_one_neither() {
        Ambassador paused = ambassadorWith(AmbassadorStatus.PAUSED, 0);
        Ambassador ended = ambassadorWith(AmbassadorStatus.ENDED, 0);
        assertThatThrownBy(() -> runAs.call(camille(), () -> requests.ask(draft(paused))))
                .isInstanceOf(UserFacingException.class).hasMessage("ambassador.error.paused")
                .satisfies(e -> assertThat(((UserFacingException) e).arguments()).containsExactly(paused.name()));
        assertThatThrownBy(() -> runAs.call(camille(), () -> requests.ask(draft(ended))))
                .isInstanceOf(UserFacingException.class).hasMessage("ambassador.error.not-available");
    }

    @Test
    void an_ambassador_who_pauses_leaves_the_directory_until_they_resume() {
        Ambassador a = ambassadorWith(AmbassadorStatus.ACTIVE, 3);
        runAs.run(as(a), () -> ambassadors.changeStatus(a.id(), AmbassadorStatus.PAUSED));
        try {
            assertThat(runAs.call(camille(), () -> ambassadors.directory(null, null)))
                    .noneMatch(e -> e.ambassador().id().equals(a.id()));
            assertThatThrownBy(() -> runAs.call(camille(), () -> requests.ask(draft(a))))
                    .hasMessage("ambassador.error.paused");
            assertThat(runAs.call(lead(), ambassadors::all).stream().filter(x -> x.id().equals(a.id())).findFirst()
                    .orElseThrow().history().getLast()).isEqualTo(new StatusChange(AmbassadorStatus.PAUSED, today()));
        } finally {
            runAs.run(as(a), () -> ambassadors.changeStatus(a.id(), AmbassadorStatus.ACTIVE));
        }
        assertThat(runAs.call(camille(), () -> ambassadors.directory(null, null)))
                .anyMatch(e -> e.ambassador().id().equals(a.id()));
    }

    @Test
    void ending_an_ambassador_or_bringing_one_back_is_for_leads() {
        Ambassador a = ambassadorWith(AmbassadorStatus.ACTIVE, 4);
        assertThatThrownBy(() -> runAs.call(as(a), () -> ambassadors.changeStatus(a.id(), AmbassadorStatus.ENDED)))
                .hasMessage("ambassador.error.lead-only");
        Ambassador other = ambassadorWith(AmbassadorStatus.ACTIVE, 5);
        assertThatThrownBy(() -> runAs.call(as(a), () -> ambassadors.changeStatus(other.id(),
                AmbassadorStatus.PAUSED))).hasMessage("ambassador.error.not-yours");
        assertThatThrownBy(() -> runAs.call(camille(), () -> ambassadors.changeStatus(a.id(),
                AmbassadorStatus.PAUSED))).isInstanceOf(AccessDeniedException.class);
    }

    private HelpRequestDraft draft(Ambassador to) {
        return new HelpRequestDraft(HelpRequestId.random(), to.id(), "crm", null, CoachingFormat.ONE_TO_ONE,
                "Pouvez-vous m’aider ?");
    }

    private Ambassador hugoAmbassador() {
        return all().stream().filter(a -> a.name().equals("Hugo Lefèvre")).findFirst().orElseThrow();
    }

    @Test
    void sending_the_same_request_twice_keeps_one_request() {
        HelpRequestDraft draft = draft(hugoAmbassador());
        HelpRequest first = runAs.call(camille(), () -> requests.ask(draft));
        HelpRequest second = runAs.call(camille(), () -> requests.ask(draft));
        assertThat(second.id()).isEqualTo(first.id());
        List<HelpRequest> mine = runAs.call(camille(), requests::mine);
        assertThat(mine).filteredOn(r -> r.id().equals(draft.id())).hasSize(1);
        assertThatThrownBy(() -> runAs.call(hugo(), () -> requests.ask(draft)))
                .hasMessage("ambassador.error.not-yours");
    }

    @Test
    void an_accepted_request_becomes_a_coaching_session_when_logged() {
        HelpRequest request = runAs.call(camille(), () -> requests.ask(draft(hugoAmbassador())));
        assertThat(request.status()).isEqualTo(HelpRequestStatus.OPEN);
        assertThat(runAs.call(hugo(), () -> requests.addressedToMe())).extracting(HelpRequest::id).contains(request.id());

        CoachingSessionId sessionId = CoachingSessionId.random();
        CoachingEntry early = new CoachingEntry(sessionId, today(), 30, CoachingFormat.ONE_TO_ONE,
                department("Comptabilité").id(), null, 1, List.of("crm"), List.of(), "", false, "", request.id());
        assertThatThrownBy(() -> runAs.call(hugo(), () -> coaching.save(early)))
                .hasMessage("ambassador.error.request.not-accepted");

        runAs.call(hugo(), () -> requests.accept(request.id()));
        CoachingSession logged = runAs.call(hugo(), () -> coaching.save(early));
        assertThat(logged.entry().helpRequest()).isEqualTo(request.id());

        HelpRequest done = runAs.call(camille(), requests::mine).stream().filter(r -> r.id().equals(request.id()))
                .findFirst().orElseThrow();
        assertThat(done.status()).isEqualTo(HelpRequestStatus.DONE);
        assertThat(done.sessionId()).isEqualTo(sessionId);
        assertThat(done.answeredAt()).as("answered when accepted, before the session was logged")
                .isAfterOrEqualTo(done.createdAt()).isBeforeOrEqualTo(clock.instant());

        // deleting the session puts the request back to "accepted, to be logged"
        runAs.run(hugo(), () -> coaching.delete(sessionId));
        assertThat(runAs.call(hugo(), () -> requests.addressedToMe(request.id())).orElseThrow().status())
                .isEqualTo(HelpRequestStatus.ACCEPTED);
    }

    @Test
    void only_the_ambassador_addressed_answers_and_only_once() {
        HelpRequest request = runAs.call(camille(), () -> requests.ask(draft(hugoAmbassador())));
        Ambassador other = ambassadorWith(AmbassadorStatus.ACTIVE, 1);
        assertThatThrownBy(() -> runAs.call(as(other), () -> requests.accept(request.id())))
                .hasMessage("ambassador.error.not-yours");
        runAs.call(hugo(), () -> requests.decline(request.id()));
        assertThatThrownBy(() -> runAs.call(hugo(), () -> requests.accept(request.id())))
                .hasMessage("ambassador.error.request.answered");
        assertThatThrownBy(() -> runAs.call(camille(), () -> requests.accept(request.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_asks_themselves() {
        assertThatThrownBy(() -> runAs.call(hugo(), () -> requests.ask(draft(hugoAmbassador()))))
                .hasMessage("ambassador.error.ask-yourself");
    }

    // ----- the coaching log: bad input

    @Test
    void zero_negative_and_absurd_durations_are_refused() {
        Department d = department("Service client");
        for (int minutes : new int[]{0, -30, 4}) {
            assertThatThrownBy(() -> entry(CoachingSessionId.random(), today(), minutes, d))
                    .isInstanceOf(InvalidValueException.class).hasMessage("ambassador.error.duration.too-short");
        }
        for (int minutes : new int[]{481, 600, 24 * 60, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> entry(CoachingSessionId.random(), today(), minutes, d))
                    .isInstanceOf(InvalidValueException.class).hasMessage("ambassador.error.duration.too-long");
        }
        assertThat(entry(CoachingSessionId.random(), today(), 480, d).hours()).isEqualTo(8.0);
    }

    @Test
    void a_session_in_the_future_or_more_than_a_year_ago_is_refused() {
        Department d = department("Service client");
        assertThatThrownBy(() -> runAs.call(hugo(), () -> coaching.save(entry(CoachingSessionId.random(),
                today().plusDays(1), 30, d)))).hasMessage("ambassador.error.date.future");
        assertThatThrownBy(() -> runAs.call(hugo(), () -> coaching.save(entry(CoachingSessionId.random(),
                today().minusDays(CoachingService.MAX_AGE_DAYS + 1), 30, d)))).hasMessage("ambassador.error.date.too-old");
    }

    @Test
    void logging_for_a_department_not_covered_is_allowed_and_flagged() {
        CoachingSession outside = runAs.call(hugo(), () -> coaching.save(entry(CoachingSessionId.random(), today(),
                45, department("Juridique"))));
        CoachingSession inside = runAs.call(hugo(), () -> coaching.save(entry(CoachingSessionId.random(), today(),
                45, department("Service client"))));
        assertThat(outside.outsideCoverage()).isTrue();
        assertThat(inside.outsideCoverage()).isFalse();
        assertThat(runAs.call(lead(), () -> coaching.allSessions(today()))).filteredOn(s -> s.id().equals(outside.id()))
                .singleElement().matches(CoachingSession::outsideCoverage);
    }

    @Test
    void submitting_the_log_twice_keeps_one_entry() {
        int before = runAs.call(hugo(), coaching::mySessions).size();
        CoachingEntry e = entry(CoachingSessionId.random(), today(), 30, department("Service client"));
        runAs.call(hugo(), () -> coaching.save(e));
        runAs.call(hugo(), () -> coaching.save(e));
        List<CoachingSession> after = runAs.call(hugo(), coaching::mySessions);
        assertThat(after).hasSize(before + 1);
        assertThat(after).filteredOn(s -> s.id().equals(e.id())).hasSize(1);
    }

    @Test
    void ambassadors_correct_and_delete_only_their_own_entries() {
        CoachingEntry e = entry(CoachingSessionId.random(), today().minusDays(2), 30, department("Service client"));
        CoachingSession saved = runAs.call(hugo(), () -> coaching.save(e));
        Ambassador other = ambassadorWith(AmbassadorStatus.ACTIVE, 2);
        assertThatThrownBy(() -> runAs.call(as(other), () -> coaching.save(e))).hasMessage("ambassador.error.not-yours");
        assertThatThrownBy(() -> runAs.run(as(other), () -> coaching.delete(e.id())))
                .hasMessage("ambassador.error.not-yours");
        assertThat(runAs.call(as(other), () -> coaching.mySession(e.id()))).isEmpty();

        CoachingEntry corrected = new CoachingEntry(e.id(), e.date(), 90, CoachingFormat.WORKSHOP, e.departmentId(),
                null, 8, e.tools(), e.painPoints(), "Atelier", true, "", null);
        CoachingSession updated = runAs.call(hugo(), () -> coaching.save(corrected));
        assertThat(updated.entry().minutes()).isEqualTo(90);
        assertThat(updated.loggedAt()).isEqualTo(saved.loggedAt());
        runAs.run(hugo(), () -> coaching.delete(e.id()));
        assertThat(runAs.call(hugo(), () -> coaching.mySession(e.id()))).isEmpty();
    }

    @Test
    void a_team_of_another_department_and_codes_outside_the_barometer_lists_are_refused() {
        Department serviceClient = department("Service client");
        Team otherTeam = organization.teams(department("Informatique").id()).getFirst();
        CoachingEntry wrongTeam = new CoachingEntry(CoachingSessionId.random(), today(), 30, CoachingFormat.GROUP,
                serviceClient.id(), otherTeam.id(), 3, List.of(), List.of(), "", false, "", null);
        assertThatThrownBy(() -> runAs.call(hugo(), () -> coaching.save(wrongTeam)))
                .hasMessage("error.team.other-department");
        CoachingEntry unknownTool = new CoachingEntry(CoachingSessionId.random(), today(), 30, CoachingFormat.GROUP,
                serviceClient.id(), null, 3, List.of("fax"), List.of(), "", false, "", null);
        assertThatThrownBy(() -> runAs.call(hugo(), () -> coaching.save(unknownTool)))
                .hasMessage("ambassador.error.unknown-code");
    }

    @Test
    void only_ambassadors_log_sessions() {
        CoachingEntry e = entry(CoachingSessionId.random(), today(), 30, department("Service client"));
        assertThatThrownBy(() -> runAs.call(camille(), () -> coaching.save(e))).isInstanceOf(AccessDeniedException.class);
        // a lead holds the role but is not in the program
        assertThatThrownBy(() -> runAs.call(lead(), () -> coaching.save(e))).hasMessage("ambassador.error.not-ambassador");
        Ambassador ended = ambassadorWith(AmbassadorStatus.ENDED, 0);
        assertThatThrownBy(() -> runAs.call(RunAs.user(organization.employee(ended.employeeId()).orElseThrow(),
                Role.AMBASSADOR), () -> coaching.save(e))).hasMessage("ambassador.error.not-ambassador");
    }

    @Test
    void the_lead_sees_every_session_but_never_the_coachees_names() {
        CoachingEntry e = new CoachingEntry(CoachingSessionId.random(), today(), 30, CoachingFormat.ONE_TO_ONE,
                department("Service client").id(), null, 1, List.of("crm"), List.of(), "", false, "Paul Martin", null);
        runAs.call(hugo(), () -> coaching.save(e));
        assertThat(runAs.call(hugo(), () -> coaching.mySession(e.id())).orElseThrow().entry().coachees())
                .isEqualTo("Paul Martin");
        CoachingSession seenByLead = runAs.call(lead(), () -> coaching.allSessions(today())).stream()
                .filter(s -> s.id().equals(e.id())).findFirst().orElseThrow();
        assertThat(seenByLead.entry().coachees()).isEmpty();
        assertThat(seenByLead.ambassadorName()).isEqualTo("Hugo Lefèvre");
        assertThatThrownBy(() -> runAs.call(hugo(), () -> coaching.allSessions(today())))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ----- becoming an ambassador

    @Test
    void an_application_is_filed_once_and_a_lead_approves_it_into_an_active_ambassador() {
        Employee applicant = nonAmbassador("Marketing", 0);
        SignedInUser asApplicant = RunAs.user(applicant);
        ApplicationId id = ApplicationId.random();
        AmbassadorApplication filed = runAs.call(asApplicant, () -> ambassadors.apply(id, "J’adore le CRM",
                List.of("crm")));
        assertThat(runAs.call(asApplicant, () -> ambassadors.apply(id, "J’adore le CRM", List.of("crm"))).id())
                .isEqualTo(filed.id());
        assertThatThrownBy(() -> runAs.call(asApplicant, () -> ambassadors.apply(ApplicationId.random(), "Encore",
                List.of()))).hasMessage("ambassador.error.application.pending");
        assertThatThrownBy(() -> runAs.call(asApplicant, () -> ambassadors.apply(ApplicationId.random(), "  ",
                List.of()))).hasMessage("ambassador.error.motivation.required");
        assertThat(runAs.call(lead(), ambassadors::pendingApplications)).extracting(AmbassadorApplication::id)
                .contains(id);
        assertThatThrownBy(() -> runAs.call(asApplicant, ambassadors::pendingApplications))
                .isInstanceOf(AccessDeniedException.class);

        AmbassadorProfile profile = new AmbassadorProfile(List.of(applicant.departmentId()), List.of("crm"),
                List.of(), 3);
        Ambassador created = runAs.call(lead(), () -> ambassadors.approve(id, profile));
        assertThat(created.status()).isEqualTo(AmbassadorStatus.ACTIVE);
        assertThat(created.startedOn()).isEqualTo(today());
        assertThat(runAs.call(lead(), ambassadors::pendingApplications)).extracting(AmbassadorApplication::id)
                .doesNotContain(id);
        assertThat(contributors.getFirst().rolesFor(applicant.email())).containsExactly(Role.AMBASSADOR);
        assertThatThrownBy(() -> runAs.call(lead(), () -> ambassadors.approve(id, profile)))
                .hasMessage("ambassador.error.application.decided");
        assertThatThrownBy(() -> runAs.call(asApplicant, () -> ambassadors.apply(ApplicationId.random(), "Moi",
                List.of()))).hasMessage("ambassador.error.already-you");
    }

    @Test
    void a_lead_nominates_and_an_ended_ambassador_can_be_nominated_again() {
        Employee person = nonAmbassador("E-commerce", 0);
        AmbassadorProfile profile = new AmbassadorProfile(List.of(person.departmentId()), List.of("office"),
                List.of("lack_training"), 4);
        Ambassador a = runAs.call(lead(), () -> ambassadors.nominate(person.id(), profile));
        assertThatThrownBy(() -> runAs.call(lead(), () -> ambassadors.nominate(person.id(), profile)))
                .hasMessage("ambassador.error.already");
        runAs.call(lead(), () -> ambassadors.changeStatus(a.id(), AmbassadorStatus.ENDED));
        assertThat(contributors.getFirst().rolesFor(person.email())).isEmpty();
        Ambassador again = runAs.call(lead(), () -> ambassadors.nominate(person.id(), profile));
        assertThat(again.id()).isEqualTo(a.id());
        assertThat(again.history()).extracting(StatusChange::status)
                .containsExactly(AmbassadorStatus.ACTIVE, AmbassadorStatus.ENDED, AmbassadorStatus.ACTIVE);
        assertThatThrownBy(() -> runAs.call(camille(), () -> ambassadors.nominate(person.id(), profile)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new AmbassadorProfile(List.of(), List.of(), List.of(), 4))
                .hasMessage("ambassador.error.departments.required");
        assertThatThrownBy(() -> new AmbassadorProfile(List.of(person.departmentId()), List.of(), List.of(), 41))
                .hasMessage("ambassador.error.hours.range");
    }

    // ----- what the numbers say

    @Test
    void the_program_view_figures_agree_with_a_count_by_hand() {
        ProgramOverview overview = runAs.call(lead(), program::overview);
        List<Ambassador> active = all().stream().filter(Ambassador::isActive).toList();
        Map<?, Long> headcount = organization.headcountByDepartment();
        for (var coverage : overview.departments()) {
            long covering = active.stream().filter(a -> a.profile().covers(coverage.department().id())).count();
            long people = headcount.getOrDefault(coverage.department().id(), 0L);
            assertThat(coverage.activeAmbassadors()).as(coverage.department().name()).isEqualTo((int) covering);
            assertThat(coverage.per100()).isCloseTo(people == 0 ? 0 : 100.0 * covering / people,
                    org.assertj.core.data.Offset.offset(1e-9));
        }
        long supportPeople = overview.departments().stream().filter(c -> c.department().isSupport())
                .mapToLong(ProgramOverview.DepartmentCoverage::headcount).sum();
        assertThat(overview.kinds().getFirst().kind()).isEqualTo(DepartmentKind.SUPPORT);
        assertThat(overview.kinds().getFirst().headcount()).isEqualTo(supportPeople);

        YearMonth first = YearMonth.from(today()).minusMonths(11);
        List<CoachingSession> last12 = runAs.call(lead(), () -> coaching.allSessions(first.atDay(1)));
        assertThat(overview.months()).hasSize(12);
        assertThat(overview.months().stream().mapToInt(ProgramOverview.MonthActivity::sessions).sum())
                .isEqualTo(last12.size());
        assertThat(overview.outsideCoverageSessions())
                .isEqualTo(last12.stream().filter(CoachingSession::outsideCoverage).count());
        assertThat(overview.requests().open()).isEqualTo(runAs.call(lead(), requests::open).size());
        assertThat(overview.topTools()).hasSizeLessThanOrEqualTo(5).isSortedAccordingTo(
                (a, b) -> Long.compare(b.sessions(), a.sessions()));
        assertThatThrownBy(() -> runAs.call(hugo(), program::overview)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_ambassador_home_counts_this_month_against_the_availability() {
        AmbassadorHome home = runAs.call(hugo(), coaching::home).orElseThrow();
        List<CoachingSession> mine = runAs.call(hugo(), coaching::mySessions);
        LocalDate monthStart = today().withDayOfMonth(1);
        List<CoachingSession> thisMonth = mine.stream().filter(s -> !s.entry().date().isBefore(monthStart)).toList();
        assertThat(home.sessionsThisMonth()).isEqualTo(thisMonth.size()).isGreaterThanOrEqualTo(3);
        assertThat(home.hoursThisMonth()).isEqualTo(thisMonth.stream().mapToInt(s -> s.entry().minutes()).sum() / 60.0);
        List<CoachingSession> year = mine.stream().filter(s -> !s.entry().date().isBefore(today().minusMonths(12)))
                .toList();
        int people = year.stream().mapToInt(s -> s.entry().people()).sum();
        assertThat(home.peopleReached()).isEqualTo(people);
        assertThat(home.points()).isEqualTo(10 * year.size() + 2 * people);
        assertThat(home.badges()).contains(Badge.FIRST_SESSION);
        assertThat(home.ambassador().profile().monthlyHours()).isEqualTo(6);
        assertThat(runAs.call(lead(), coaching::home)).isEmpty();
    }

    @Test
    void opting_out_of_the_ranking_removes_the_name_from_everyone_s_ranking() {
        Ambassador a = ambassadorWith(AmbassadorStatus.ACTIVE, 6);
        runAs.call(as(a), () -> ambassadors.setPublicRanking(false));
        try {
            AmbassadorHome own = runAs.call(as(a), coaching::home).orElseThrow();
            assertThat(own.rank()).isNull();
            assertThat(own.ranking()).noneMatch(AmbassadorHome.RankingEntry::you);
            AmbassadorHome hugos = runAs.call(hugo(), coaching::home).orElseThrow();
            assertThat(hugos.ranking()).extracting(AmbassadorHome.RankingEntry::name).doesNotContain(a.name());
        } finally {
            runAs.call(as(a), () -> ambassadors.setPublicRanking(true));
        }
    }
}
