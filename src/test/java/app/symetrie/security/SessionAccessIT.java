package app.symetrie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.ambassador.Ambassador;
import app.symetrie.ambassador.AmbassadorProfile;
import app.symetrie.ambassador.AmbassadorService;
import app.symetrie.ambassador.AmbassadorStatus;
import app.symetrie.ambassador.ui.AmbassadorHomeView;
import app.symetrie.ambassador.ui.AmbassadorsView;
import app.symetrie.board.BoardExport;
import app.symetrie.board.BoardService;
import app.symetrie.board.ui.CompanyOverviewView;
import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeFilter;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.internal.AccountUserDetailsService;
import app.symetrie.test.RestoresCollections;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A session keeps the authentication built at sign-in; {@link SessionAccess} is what each of its requests goes
 * through. Here a session is signed in as the login form does it (the account loaded, then an authenticated token),
 * a right is withdrawn, and the session's next request is refused: by the services, by the exports, and by the
 * views' {@code @RolesAllowed} checks.
 */
@WithDemoCompany
@RestoresCollections({"accounts", "ambassadors", "employees"})
class SessionAccessIT {

    static final String PASSWORD = "a long password 123";

    @Autowired
    SessionAccess access;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    AccountService accounts;
    @Autowired
    AmbassadorService ambassadors;
    @Autowired
    OrganizationService organization;
    @Autowired
    BoardService boards;
    @Autowired
    BoardExport exports;
    @Autowired
    SecurityContextHolderStrategy strategy;

    RunAs runAs;

    @BeforeEach
    void runAs() {
        runAs = new RunAs(strategy);
    }

    static int taken;

    // ----- people and sessions

    Department department(String name) {
        return organization.departments().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    SignedInUser lead() {
        return RunAs.user(organization.employeeByEmail(new Email("lead@demo.symetrie.fr")).orElseThrow(), Role.LEAD);
    }

    /** Someone of the department with no account, no role and no ambassador record yet, given an account. */
    Employee withAccount(String departmentName, Role... granted) {
        Set<?> ambassadorsAlready = Set.copyOf(runAs.call(lead(), ambassadors::all).stream()
                .map(Ambassador::employeeId).toList());
        Employee person = runAs.system(() -> organization.findEmployees(new EmployeeFilter(null,
                        department(departmentName).id()), 0, 300)).stream()
                .filter(e -> !e.manager() && !ambassadorsAlready.contains(e.id()))
                .filter(e -> !e.email().value().matches("(employe|manager|lead|admin|ambassadeur)@.*"))
                .toList().get(taken++);
        runAs.system(() -> accounts.grantAccess(person.email(), Set.of(granted), PASSWORD));
        return person;
    }

    /** What the login form leaves in the session: the account loaded, then an authenticated token. */
    Authentication signIn(Employee person) {
        SignedInUser user = (SignedInUser) users.loadUserByUsername(person.email().value());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /** The session's next request: its access read again, as the filter does before anything else. */
    Authentication nextRequest(Authentication session) {
        return access.refresh(session).orElseThrow(() -> new AssertionError("signed out"));
    }

    <T> T as(Authentication session, Supplier<T> work) {
        SecurityContext previous = strategy.getContext();
        SecurityContext previousStatic = SecurityContextHolder.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(session);
        strategy.setContext(context);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
            SecurityContextHolder.setContext(previousStatic);
        }
    }

    /** Vaadin's own check of a view's access annotations, with the session's principal and roles. */
    boolean opens(Authentication session, Class<?> view) {
        Set<String> roles = session.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
        return new AccessAnnotationChecker().hasAccess(view, session, roles::contains);
    }

    // ----- tests

    @Test
    void an_ambassador_ended_during_an_open_session_loses_their_space_and_covered_boards_at_the_next_request() {
        Employee person = withAccount("Marketing");
        DepartmentId finance = department("Finance et contrôle de gestion").id();
        Ambassador a = runAs.call(lead(), () -> ambassadors.nominate(person.id(), new AmbassadorProfile(
                List.of(person.departmentId(), finance), List.of("crm"), List.of(), 4)));
        Authentication session = nextRequest(signIn(person));
        assertThat(opens(session, AmbassadorHomeView.class)).isTrue();
        assertThat(as(session, () -> boards.departmentBoard(finance, null, Locale.FRENCH))).isPresent();

        runAs.call(lead(), () -> ambassadors.changeStatus(a.id(), AmbassadorStatus.ENDED));

        Authentication next = nextRequest(session);
        assertThat(next).isNotSameAs(session);
        assertThat(((SignedInUser) next.getPrincipal()).roles()).doesNotContain(Role.AMBASSADOR);
        assertThat(next.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .doesNotContain(Role.AMBASSADOR.authority());
        assertThat(opens(next, AmbassadorHomeView.class)).isFalse();
        assertThatThrownBy(() -> as(next, () -> boards.departmentBoard(finance, null, Locale.FRENCH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(next, () -> exports.department(finance, null, BoardExport.Format.PDF,
                Locale.FRENCH))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(next, boards::readableDepartments)).extracting(Department::id)
                .containsExactly(person.departmentId());
    }

    @Test
    void a_lead_demoted_during_an_open_session_loses_the_overview_and_the_lead_views_at_the_next_request() {
        Employee person = withAccount("Ressources humaines", Role.LEAD);
        Authentication session = signIn(person);
        assertThat(opens(session, CompanyOverviewView.class)).isTrue();
        assertThat(as(session, () -> boards.overview(null, null, Locale.FRENCH))).isPresent();
        assertThat(as(session, () -> exports.overview(null, null, BoardExport.Format.CSV, Locale.FRENCH)))
                .isPresent();
        assertThat(as(session, boards::readableDepartments)).hasSize(organization.departments().size());

        runAs.system(() -> accounts.grantAccess(person.email(), EnumSet.noneOf(Role.class), ""));

        Authentication next = nextRequest(session);
        assertThat(((SignedInUser) next.getPrincipal()).roles()).containsExactly(Role.EMPLOYEE);
        assertThat(opens(next, CompanyOverviewView.class)).isFalse();
        assertThat(opens(next, AmbassadorsView.class)).isFalse();
        assertThatThrownBy(() -> as(next, () -> boards.overview(null, null, Locale.FRENCH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(next, () -> exports.overview(null, null, BoardExport.Format.XLSX,
                Locale.FRENCH))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(next, boards::readableDepartments)).extracting(Department::id)
                .containsExactly(person.departmentId());
    }

    @Test
    void a_manager_flag_removed_from_the_hr_record_ends_the_manager_role_of_an_open_session() {
        Employee person = withAccount("Achats");
        Employee manager = new Employee(person.id(), person.firstName(), person.lastName(), person.email(),
                person.departmentId(), person.teamId(), true, person.locale());
        runAs.system(() -> organization.saveEmployee(manager));
        try {
            Authentication session = signIn(person);
            assertThat(((SignedInUser) session.getPrincipal()).has(Role.MANAGER)).isTrue();
            runAs.system(() -> organization.saveEmployee(person));
            assertThat(((SignedInUser) nextRequest(session).getPrincipal()).has(Role.MANAGER)).isFalse();
        } finally {
            runAs.system(() -> organization.saveEmployee(person));
        }
    }

    @Test
    void a_nomination_reaches_an_open_session_without_signing_in_again() {
        Employee person = withAccount("E-commerce");
        Authentication session = signIn(person);
        assertThat(opens(session, AmbassadorHomeView.class)).isFalse();
        runAs.call(lead(), () -> ambassadors.nominate(person.id(), new AmbassadorProfile(
                List.of(person.departmentId()), List.of("crm"), List.of(), 4)));
        assertThat(opens(nextRequest(session), AmbassadorHomeView.class)).isTrue();
    }

    @Test
    void a_disabled_account_is_signed_out_at_its_next_request_and_cannot_sign_in_again() {
        Employee person = withAccount("Juridique");
        Authentication session = signIn(person);
        runAs.system(() -> accounts.setEnabled(person.email(), false));
        assertThat(access.refresh(session)).isEmpty();
        assertThat(users.loadUserByUsername(person.email().value()).isEnabled()).isFalse();
        // a change of roles does not enable it again
        runAs.system(() -> accounts.grantAccess(person.email(), Set.of(Role.LEAD), ""));
        assertThat(access.refresh(session)).isEmpty();
        runAs.system(() -> accounts.setEnabled(person.email(), true));
        assertThat(access.refresh(session)).isPresent();
    }

    @Test
    void nobody_disables_their_own_account_and_only_administrators_disable_any() {
        SignedInUser admin = (SignedInUser) users.loadUserByUsername("admin@demo.symetrie.fr");
        assertThatThrownBy(() -> runAs.run(admin, () -> accounts.setEnabled(new Email(admin.email()), false)))
                .hasMessage("error.account.cannot-disable-self");
        assertThatThrownBy(() -> runAs.run(lead(), () -> accounts.setEnabled(new Email("employe@demo.symetrie.fr"),
                false))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_unchanged_session_keeps_its_authentication_and_what_is_not_a_role() {
        Employee person = withAccount("Informatique");
        SignedInUser user = (SignedInUser) users.loadUserByUsername(person.email().value());
        List<GrantedAuthority> authorities = new java.util.ArrayList<>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority("FACTOR_PASSWORD"));
        Authentication session = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        assertThat(access.refresh(session)).containsSame(session);

        runAs.system(() -> accounts.grantAccess(person.email(), Set.of(Role.LEAD), ""));
        Optional<Authentication> next = access.refresh(session);
        assertThat(next).get().extracting(Authentication::getAuthorities).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.collection(GrantedAuthority.class))
                .extracting(GrantedAuthority::getAuthority).contains("FACTOR_PASSWORD", "ROLE_LEAD", "ROLE_EMPLOYEE");
        assertThat(next.get().isAuthenticated()).isTrue();
    }
}
