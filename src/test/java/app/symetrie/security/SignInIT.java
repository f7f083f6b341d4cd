package app.symetrie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.mail.MailService;
import app.symetrie.mail.OutboxMessage;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeFilter;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.internal.AccountUserDetailsService;
import app.symetrie.security.internal.MongoOneTimeTokenService;
import app.symetrie.test.RestoresCollections;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Who may sign in comes from the organization: employees without any account row, sign-in links (outbox, single use,
 * hashed, no enumeration, throttled), LEAD/ADMIN granted without passwords, blocked and departed people signed out.
 */
@WithDemoCompany
@RestoresCollections({"accounts", "employees", "sign_in_tokens", "mail_outbox"})
class SignInIT {

    private static final Pattern LINK = Pattern.compile("http://\\S+/login/link\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    AccountUserDetailsService users;
    @Autowired
    AccountService accounts;
    @Autowired
    SignInLinks links;
    @Autowired
    MongoOneTimeTokenService tokens;
    @Autowired
    SessionAccess access;
    @Autowired
    OrganizationService organization;
    @Autowired
    MailService mail;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    SecurityContextHolderStrategy strategy;

    RunAs runAs;
    static int taken;
    static int clients;

    @BeforeEach
    void runAs() {
        runAs = new RunAs(strategy);
    }

    /** An employee of the demo company with no account row, not one of the demo logins. */
    Employee employeeWithoutAccount(boolean manager) {
        List<Employee> all = runAs.system(() -> organization.findEmployees(new EmployeeFilter(null, null), 0, 700));
        return all.stream().filter(e -> e.manager() == manager)
                .filter(e -> !e.email().value().matches("(employe|manager|lead|admin|ambassadeur)@.*"))
                .filter(e -> !mongo.exists(Query.query(Criteria.where("email").is(e.email().value())), "accounts"))
                .skip(taken++).findFirst().orElseThrow();
    }

    String client() {
        return "10.0.0." + (++clients);
    }

    List<OutboxMessage> mailsTo(Email email) {
        // sign-in links only: the demo company's open wave also sends its invitations to the same people
        return runAs.system(() -> mail.latest(0, 2000)).stream().filter(m -> m.to().equals(email.value()))
                .filter(m -> m.body().contains("/" + SignInLinks.LINK_PATH)).toList();
    }

    String tokenIn(OutboxMessage message) {
        Matcher m = LINK.matcher(message.body());
        assertThat(m.find()).as("a link in: " + message.body()).isTrue();
        return m.group(1);
    }

    // ----- identity from the organization

    @Test
    void an_employee_without_any_account_row_is_someone_who_may_sign_in_with_the_roles_of_the_organization() {
        Employee manager = employeeWithoutAccount(true);
        SignedInUser user = users.identity(manager.email()).orElseThrow();
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);
        assertThat(user.employeeId()).isEqualTo(manager.id());
        assertThat(user.departmentId()).isEqualTo(manager.departmentId());
        assertThat(user.isEnabled()).isTrue();
        // matched case-insensitively, and nothing was written for them
        assertThat(users.identity(new Email(manager.email().value().toUpperCase()))).isPresent();
        assertThat(mongo.exists(Query.query(Criteria.where("email").is(manager.email().value())), "accounts")).isFalse();
    }

    @Test
    void nobody_outside_the_organization_without_a_password_account_exists_for_sign_in() {
        assertThat(users.identity(new Email("stranger@elsewhere.example"))).isEmpty();
    }

    @Test
    void an_employee_has_no_password_to_sign_in_with() {
        Employee person = employeeWithoutAccount(false);
        assertThatThrownBy(() -> users.passwords().loadUserByUsername(person.email().value()))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThat(users.passwords().loadUserByUsername("admin@demo.symetrie.fr").getPassword()).isNotEmpty();
    }

    // ----- granting LEAD and ADMIN

    @Test
    void an_administrator_makes_an_employee_lead_without_a_password_and_the_list_says_since_when() {
        Employee person = employeeWithoutAccount(false);
        runAs.system(() -> accounts.grantRole(person.email(), Role.LEAD));
        assertThat(users.identity(person.email()).orElseThrow().roles()).contains(Role.LEAD);
        AccessHolder holder = runAs.system(() -> accounts.accessHolders()).stream()
                .filter(h -> h.email().equals(person.email().value())).findFirst().orElseThrow();
        assertThat(holder.granted()).containsExactly(Role.LEAD);
        assertThat(holder.since()).containsKey(Role.LEAD);
        assertThat(holder.name()).isEqualTo(person.fullName());
        assertThat(holder.password()).isFalse();

        runAs.system(() -> accounts.revokeRole(person.email(), Role.LEAD));
        assertThat(users.identity(person.email()).orElseThrow().roles()).doesNotContain(Role.LEAD);
        assertThat(runAs.system(() -> accounts.accessHolders())).noneMatch(h -> h.email().equals(
                person.email().value()));
    }

    @Test
    void someone_outside_the_organization_is_granted_access_only_with_a_password() {
        Email outsider = new Email("break.glass@company.example");
        assertThatThrownBy(() -> runAs.system(() -> accounts.grantRole(outsider, Role.ADMIN)))
                .isInstanceOf(UserFacingException.class).hasMessage("error.password.required");
        assertThatThrownBy(() -> runAs.system(() -> accounts.grantRole(outsider, Role.EMPLOYEE)))
                .hasMessage("error.access.role-not-grantable");
    }

    @Test
    void only_administrators_grant_roles() {
        Employee person = employeeWithoutAccount(false);
        SignedInUser lead = RunAs.user(organization.employeeByEmail(new Email("lead@demo.symetrie.fr"))
                .orElseThrow(), Role.LEAD);
        assertThatThrownBy(() -> runAs.run(lead, () -> accounts.grantRole(person.email(), Role.ADMIN)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    // ----- leaving

    @Test
    void blocking_an_employee_without_an_account_signs_them_out_and_sends_them_no_link() {
        Employee person = employeeWithoutAccount(false);
        SignedInUser user = users.identity(person.email()).orElseThrow();
        var session = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        assertThat(access.refresh(session)).isPresent();

        runAs.system(() -> accounts.setEnabled(person.email(), false));
        assertThat(access.refresh(session)).isEmpty();
        links.request(person.email().value(), client());
        assertThat(mailsTo(person.email())).isEmpty();

        runAs.system(() -> accounts.setEnabled(person.email(), true));
        assertThat(access.refresh(session)).isPresent();
    }

    @Test
    void someone_who_left_the_organization_is_signed_out_even_with_a_granted_role() {
        Employee person = employeeWithoutAccount(false);
        runAs.system(() -> accounts.grantRole(person.email(), Role.LEAD));
        SignedInUser user = users.identity(person.email()).orElseThrow();
        var session = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        Document stored = mongo.findById(person.id().value(), Document.class, "employees");
        mongo.remove(Query.query(Criteria.where("_id").is(person.id().value())), "employees");
        try {
            assertThat(access.refresh(session)).isEmpty();
            assertThat(users.identity(person.email())).isEmpty();
        } finally {
            mongo.insert(stored, "employees");
        }
    }

    @Test
    void someone_the_hris_import_marked_as_left_is_signed_out_and_cannot_sign_in_again() {
        Employee person = employeeWithoutAccount(false);
        SignedInUser user = users.identity(person.email()).orElseThrow();
        var session = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        Employee left = new Employee(person.id(), person.firstName(), person.lastName(), person.email(),
                person.departmentId(), person.teamId(), person.manager(), person.locale(), person.employeeNumber(),
                false);
        runAs.system(() -> organization.saveEmployee(left));
        try {
            assertThat(access.refresh(session)).as("the open session ends at its next request").isEmpty();
            assertThat(users.identity(person.email())).hasValueSatisfying(u -> assertThat(u.isEnabled()).isFalse());
        } finally {
            runAs.system(() -> organization.saveEmployee(person));
        }
    }

    // ----- sign-in links

    @Test
    void a_sign_in_link_lands_in_the_outbox_in_the_persons_language_and_signs_in_once() {
        Email email = new Email("employe@demo.symetrie.fr");
        links.request("  Employe@Demo.Symetrie.fr ", client());
        List<OutboxMessage> sent = mailsTo(email);
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().subject()).isEqualTo("Votre lien de connexion à Symétrie");
        String token = tokenIn(sent.getFirst());

        // stored hashed only
        assertThat(mongo.findAll(Document.class, "sign_in_tokens").toString()).doesNotContain(token);

        var used = tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(token));
        assertThat(used).isNotNull();
        assertThat(used.getUsername()).isEqualTo(email.value());
        assertThat(tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(token))).isNull();
        // the outbox no longer keeps a copy of a spent link
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_mail() {
        long before = runAs.system(() -> mail.count());
        links.request("nobody.here@demo.symetrie.fr", client());
        assertThat(runAs.system(() -> mail.count())).isEqualTo(before);
        assertThatThrownBy(() -> links.request("not an address", client())).isInstanceOf(UserFacingException.class)
                .hasMessage("error.email.invalid");
    }

    @Test
    void links_are_throttled_per_address_the_same_way_for_known_and_unknown_addresses() {
        Employee person = employeeWithoutAccount(false);
        for (String address : List.of(person.email().value(), "ghost@demo.symetrie.fr")) {
            for (int i = 0; i < 3; i++) {
                links.request(address, client());
            }
            assertThatThrownBy(() -> links.request(address, client())).isInstanceOf(UserFacingException.class)
                    .hasMessage("login.link.throttled");
        }
        assertThat(mailsTo(person.email())).hasSize(3);
    }

    @Test
    void links_are_throttled_per_client() {
        String client = client();
        for (int i = 0; i < 10; i++) {
            links.request("someone" + i + "@nowhere.example", client);
        }
        assertThatThrownBy(() -> links.request("someone.else@nowhere.example", client))
                .hasMessage("login.link.throttled");
        links.request("someone.else@nowhere.example", client());
    }

    @Test
    void a_garbage_or_guessed_token_signs_in_nobody() {
        assertThat(tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated("guess"))).isNull();
        assertThat(tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated("x".repeat(500)))).isNull();
    }
}
