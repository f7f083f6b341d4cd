package app.symetrie.security;

import app.symetrie.common.Unrestricted;
import app.symetrie.audit.AuditLog;
import app.symetrie.common.AppLocales;
import app.symetrie.common.Email;
import app.symetrie.common.Ids;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.security.internal.AccountDocument;
import app.symetrie.security.internal.AccountRepository;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * What the organization does not say about access: roles granted by an administrator, blocked access, passwords of
 * break-glass administrators and demo logins. Employees need no account to sign in (docs/decisions/012-sign-in.md).
 * Provisioning (first administrator, demo accounts) runs as the system at start-up; what a person
 * does through the UI is checked here, not only in the views.
 */
@Service
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    private final OrganizationService organization;
    private final Clock clock;
    private final Environment environment;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit,
                   OrganizationService organization, Clock clock, Environment environment) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.organization = organization;
        this.clock = clock;
        this.environment = environment;
    }

    /** A login shown on the login page of the demo company. */
    public record DemoLogin(String email, Role role) {
    }

    @Unrestricted("The login page, before sign-in: demo logins only, and none once an administrator is configured")
    public List<DemoLogin> demoLogins() {
        if (administratorConfigured()) {
            return List.of();
        }
        return accounts.findByDemoTrueOrderByEmail().stream()
                .map(a -> new DemoLogin(a.email(), highest(a.grantedRoles())))
                .sorted((a, b) -> a.role().compareTo(b.role()))
                .toList();
    }

    private static Role highest(Set<Role> roles) {
        return roles.stream().max(Enum::compareTo).orElse(Role.EMPLOYEE);
    }

    @Unrestricted("The login page and the Access view: a yes/no")
    public boolean hasDemoAccounts() {
        return accounts.existsByDemoTrue();
    }

    /** How many demo logins (well-known password) the store holds: the start-up warning. */
    @Unrestricted("The start-up warning (system)")
    public long demoAccountCount() {
        return accounts.countByDemoTrue();
    }

    /**
     * Whether this installation names its own administrator ({@code symetrie.admin.email}): then it is no demo, and
     * demo logins are neither created, nor listed, nor accepted by the password form.
     */
    @Unrestricted("Reads configuration only")
    public boolean administratorConfigured() {
        return !environment.getProperty("symetrie.admin.email", "").isBlank();
    }

    @Unrestricted("Start-up provisioning (system): a yes/no")
    public boolean hasAdministrator() {
        return accounts.existsByGrantedRolesContaining(Role.ADMIN);
    }

    /** System provisioning: the first administrator, from configuration. Enforces the password policy. */
    @Unrestricted("AdminBootstrap at start-up, from configuration (system)")
    public void provisionAdministrator(Email email, String rawPassword) {
        if (rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("The first administrator's password must have at least "
                    + MIN_PASSWORD_LENGTH + " characters");
        }
        upsert(email, rawPassword, EnumSet.of(Role.ADMIN), false);
    }

    /**
     * System provisioning for the demo company: a well-known password, flagged so the login page lists it. Refused
     * (false, nothing written) when an administrator is configured or when the store already holds an account that is
     * not a demo login: a real installation never gets a well-known password, even when the demo company is seeded
     * into it.
     */
    @Unrestricted("The demo seed at start-up (system); refused outside a demo")
    public boolean provisionDemoAccount(Email email, String rawPassword, Set<Role> granted) {
        if (administratorConfigured() || accounts.existsByDemoFalse()) {
            return false;
        }
        upsert(email, rawPassword, granted, true);
        return true;
    }

    /**
     * An administrator removes every demo login (the Access view's "remove demo accounts"): the well-known passwords
     * stop working at once and open sessions of demo logins end at their next request. Refused while no other
     * administrator exists (an account that is not a demo login holding ADMIN, granted or from the identity
     * provider), so that removing them never locks the installation out. Returns how many were removed.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public long removeDemoAccounts() {
        boolean otherAdministrator = accounts.findByGrantedRolesInOrDirectoryRolesIn(Set.of(Role.ADMIN),
                Set.of(Role.ADMIN)).stream().anyMatch(a -> !a.demo() && a.enabled());
        if (!otherAdministrator) {
            throw new UserFacingException("error.account.demo-removal-needs-admin");
        }
        long removed = accounts.deleteByDemoTrue();
        audit.record("accounts.demo.removed", removed + " demo accounts");
        return removed;
    }

    private void upsert(Email email, String rawPassword, Set<Role> granted, boolean demo) {
        var existing = accounts.findByEmail(email.value());
        String id = existing.map(AccountDocument::id).orElseGet(Ids::random);
        String locale = existing.map(AccountDocument::locale).orElse(null);
        var roles = granted.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(granted);
        accounts.save(new AccountDocument(id, email.value(), passwordEncoder.encode(rawPassword), roles, true, demo,
                locale, since(existing.map(AccountDocument::grantedSince).orElse(Map.of()), roles),
                existing.map(AccountDocument::directory).orElse(EnumSet.noneOf(Role.class))));
    }

    /** When each role was granted: kept for roles already held, now for new ones, dropped for roles taken away. */
    private Map<Role, Instant> since(Map<Role, Instant> before, Set<Role> roles) {
        Map<Role, Instant> result = new EnumMap<>(Role.class);
        roles.forEach(r -> result.put(r, before.getOrDefault(r, clock.instant())));
        return result;
    }

    /**
     * An administrator sets someone's granted roles (LEAD, ADMIN) and, optionally, a password. An employee of the
     * organization needs no password — they sign in by SSO or by a sign-in link — so granting them a role writes a
     * row without one; someone outside the organization (a break-glass administrator) needs a password. An open
     * session of that person holds the new roles from its next request; blocked access stays blocked.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void grantAccess(Email email, Set<Role> granted, String newPassword) {
        if (!newPassword.isEmpty() && newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new UserFacingException("error.password.too-short", MIN_PASSWORD_LENGTH);
        }
        var existing = accounts.findByEmail(email.value());
        boolean employee = organization.employeeByEmail(email).isPresent();
        if (newPassword.isEmpty() && !employee && existing.filter(AccountDocument::hasPassword).isEmpty()) {
            throw new UserFacingException("error.password.required");
        }
        String hash = newPassword.isEmpty() ? existing.map(AccountDocument::passwordHash).orElse(null)
                : passwordEncoder.encode(newPassword);
        var roles = granted.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(granted);
        if (existing.isPresent() && existing.get().grantedRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)
                && CurrentUser.require().email().equals(email.value())) {
            throw new UserFacingException("error.account.cannot-demote-self");
        }
        accounts.save(new AccountDocument(existing.map(AccountDocument::id).orElseGet(Ids::random), email.value(), hash,
                roles, existing.map(AccountDocument::enabled).orElse(true),
                existing.map(AccountDocument::demo).orElse(false), existing.map(AccountDocument::locale).orElse(null),
                since(existing.map(AccountDocument::grantedSince).orElse(Map.of()), roles),
                existing.map(AccountDocument::directory).orElse(EnumSet.noneOf(Role.class))));
        audit.record("access.granted", email.value() + ": " + roles
                + (newPassword.isEmpty() ? "" : ", password set"));
    }

    /** Grants one role (LEAD or ADMIN) on top of what the person holds: the Access view's "grant". */
    @PreAuthorize("hasRole('ADMIN')")
    public void grantRole(Email email, Role role) {
        requireGrantable(role);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        accounts.findByEmail(email.value()).ifPresent(a -> roles.addAll(a.grantedRoles()));
        if (roles.add(role)) {
            grantAccess(email, roles, "");
        }
    }

    /** Takes one granted role (LEAD or ADMIN) away: the Access view's "revoke". Roles from elsewhere stay. */
    @PreAuthorize("hasRole('ADMIN')")
    public void revokeRole(Email email, Role role) {
        requireGrantable(role);
        var existing = accounts.findByEmail(email.value());
        if (existing.isEmpty() || !existing.get().grantedRoles().contains(role)) {
            return;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(existing.get().grantedRoles());
        roles.remove(role);
        grantAccess(email, roles, "");
    }

    private static void requireGrantable(Role role) {
        if (role != Role.LEAD && role != Role.ADMIN) {
            throw new UserFacingException("error.access.role-not-grantable");
        }
    }

    /**
     * Who holds LEAD or ADMIN (granted, or from the identity provider's groups) and whose access is blocked, with
     * since when, sorted by name: the Access view's list.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AccessHolder> accessHolders() {
        Set<Role> high = EnumSet.of(Role.LEAD, Role.ADMIN);
        Map<String, AccountDocument> rows = new LinkedHashMap<>();
        accounts.findByGrantedRolesInOrDirectoryRolesIn(high, high).forEach(a -> rows.put(a.email(), a));
        accounts.findByEnabledFalse().forEach(a -> rows.put(a.email(), a));
        return rows.values().stream().map(this::holder)
                .sorted(Comparator.comparing(AccessHolder::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(AccessHolder::email))
                .toList();
    }

    /** One person's access as the Access view shows it, whether or not they have an account row yet. */
    @PreAuthorize("hasRole('ADMIN')")
    public AccessHolder accessOf(Email email) {
        return accounts.findByEmail(email.value()).map(this::holder).orElseGet(() -> {
            var employee = organization.employeeByEmail(email);
            return new AccessHolder(email.value(), employee.map(Employee::fullName).orElse(email.value()),
                    Set.of(), Map.of(), Set.of(), true, employee.isPresent(), false);
        });
    }

    private AccessHolder holder(AccountDocument a) {
        var employee = organization.employeeByEmail(new Email(a.email()));
        return new AccessHolder(a.email(), employee.map(Employee::fullName).orElse(a.email()),
                Set.copyOf(a.grantedRoles()), a.grantedSince(), a.directory(), a.enabled(), employee.isPresent(),
                a.hasPassword());
    }

    /**
     * An administrator blocks someone's access (they can no longer sign in by any way, and an open session is signed
     * out at its next request) or restores it. Blocking an employee who has no account row writes one. Nobody blocks
     * their own access.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(Email email, boolean enabled) {
        if (!enabled && CurrentUser.get().filter(me -> me.email().equals(email.value())).isPresent()) {
            throw new UserFacingException("error.account.cannot-disable-self");
        }
        AccountDocument a = accounts.findByEmail(email.value()).orElseGet(() -> {
            if (organization.employeeByEmail(email).isEmpty()) {
                throw new UserFacingException("error.account.unknown");
            }
            return new AccountDocument(Ids.random(), email.value(), null, EnumSet.noneOf(Role.class), true, false,
                    null, Map.of(), EnumSet.noneOf(Role.class));
        });
        accounts.save(a.withEnabled(enabled));
        audit.record(enabled ? "account.enabled" : "account.disabled", email.value());
    }

    /**
     * At an SSO sign-in, the roles the identity provider's groups map to (docs/decisions/012-sign-in.md): kept on the
     * person's row so that each request of the session reads them as it reads granted roles. A row is written only
     * when there is something to hold or to take away. Called by the sign-in itself, before anyone is signed in.
     */
    void syncDirectoryRoles(Email email, Set<Role> roles) {
        var existing = accounts.findByEmail(email.value());
        if (existing.map(AccountDocument::directory).orElse(EnumSet.noneOf(Role.class)).equals(roles.isEmpty()
                ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles))) {
            return;
        }
        accounts.save(existing.orElseGet(() -> new AccountDocument(Ids.random(), email.value(), null,
                EnumSet.noneOf(Role.class), true, false, null, Map.of(), EnumSet.noneOf(Role.class)))
                .withDirectoryRoles(roles));
        audit.record("access.directory", email.value() + ": " + roles);
    }

    /**
     * The languages these people chose in the app ({@link #rememberLocale}), for those who have an account and chose
     * one: what their e-mails are written in, before the HRIS's language.
     */
    @Unrestricted("Services that write to people (notifications) after checking who acts; a language, nothing more")
    public java.util.Map<Email, Locale> chosenLocales(java.util.Collection<Email> emails) {
        java.util.Map<Email, Locale> chosen = new java.util.HashMap<>();
        if (emails.isEmpty()) {
            return chosen;
        }
        for (AccountDocument account : accounts.findByEmailIn(emails.stream().map(Email::value).toList())) {
            Locale locale = account.locale() == null ? null : AppLocales.parse(account.locale());
            if (locale != null) {
                chosen.put(new Email(account.email()), locale);
            }
        }
        return chosen;
    }

    /** The signed-in person's language, remembered for their next visit. */
    @PreAuthorize("isAuthenticated()")
    public void rememberLocale(Locale locale) {
        String email = CurrentUser.require().email();
        accounts.findByEmail(email).ifPresent(a -> accounts.save(a.withLocale(locale.getLanguage())));
    }
}
