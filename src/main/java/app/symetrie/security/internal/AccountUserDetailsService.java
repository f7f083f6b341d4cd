package app.symetrie.security.internal;

import app.symetrie.common.AppLocales;
import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.RoleContributor;
import app.symetrie.security.SignedInUser;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Who a person is here, built from the organization and, when there is one, their account row: EMPLOYEE for every
 * employee, MANAGER from the HR manager flag, roles contributed by features (AMBASSADOR), LEAD/ADMIN granted by an
 * administrator or mapped from the identity provider's groups; every role expanded to the roles it includes.
 * <p>
 * A person exists for sign-in when they are an employee of the organization, or hold an account with a password
 * (break-glass administrators, demo logins). An account row without a password only adds to an employee: once the
 * employee is gone from the organization, it grants nothing (docs/decisions/012-sign-in.md).
 */
@Component
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final OrganizationService organization;
    private final List<RoleContributor> contributors;
    private final ObjectProvider<ClientRegistrationRepository> sso;
    private final Environment environment;

    AccountUserDetailsService(AccountRepository accounts, OrganizationService organization,
                              List<RoleContributor> contributors, ObjectProvider<ClientRegistrationRepository> sso,
                              Environment environment) {
        this.accounts = accounts;
        this.organization = organization;
        this.contributors = contributors;
        this.sso = sso;
        this.environment = environment;
    }

    /**
     * The person's identity, whatever way they sign in (SSO, sign-in link) and at each request of their session. The
     * returned user says whether access is blocked ({@link SignedInUser#isEnabled()}).
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        if (!Email.isValid(username)) {
            throw new UsernameNotFoundException("bad credentials");
        }
        return identity(new Email(username)).orElseThrow(() -> new UsernameNotFoundException("bad credentials"));
    }

    public Optional<SignedInUser> identity(Email email) {
        Optional<AccountDocument> account = accounts.findByEmail(email.value());
        Optional<Employee> employee = organization.employeeByEmail(email);
        if (employee.isEmpty() && account.filter(AccountDocument::hasPassword).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(build(email, account, employee));
    }

    /**
     * For the password form only: accounts that have a password. When single sign-on is configured, passwords remain
     * for administrators (break-glass) and demo logins only; everyone else signs in through the identity provider.
     */
    public UserDetailsService passwords() {
        return username -> {
            if (!Email.isValid(username)) {
                throw new UsernameNotFoundException("bad credentials");
            }
            Email email = new Email(username);
            AccountDocument account = accounts.findByEmail(email.value()).filter(AccountDocument::hasPassword)
                    .orElseThrow(() -> new UsernameNotFoundException("bad credentials"));
            if (ssoEnabled() && !account.demo() && !account.grantedRoles().contains(Role.ADMIN)) {
                throw new UsernameNotFoundException("bad credentials");
            }
            // A demo login left in an installation that names its administrator: its well-known password is refused
            if (account.demo() && !environment.getProperty("symetrie.admin.email", "").isBlank()) {
                throw new UsernameNotFoundException("bad credentials");
            }
            return build(email, Optional.of(account), organization.employeeByEmail(email));
        };
    }

    public boolean ssoEnabled() {
        return sso.getIfAvailable() != null;
    }

    private SignedInUser build(Email email, Optional<AccountDocument> account, Optional<Employee> employee) {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        account.ifPresent(a -> {
            granted.addAll(a.grantedRoles());
            granted.addAll(a.directory());
        });
        if (employee.map(Employee::manager).orElse(false)) {
            granted.add(Role.MANAGER);
        }
        contributors.forEach(c -> granted.addAll(c.rolesFor(email)));
        String chosen = account.map(AccountDocument::locale).orElse(null);
        Locale locale = chosen != null ? AppLocales.orDefault(chosen)
                : employee.map(Employee::locale).orElse(AppLocales.FRENCH);
        String hash = account.map(AccountDocument::passwordHash).orElse(null);
        return new SignedInUser(email.value(), employee.map(Employee::fullName).orElse(email.value()),
                hash == null ? "" : hash, Role.expand(granted), employee.map(Employee::id).orElse(null),
                employee.map(Employee::departmentId).orElse(null), locale,
                // A person who left the organization (HRIS import) loses access at once, password or not.
                account.map(AccountDocument::enabled).orElse(true) && employee.map(Employee::active).orElse(true));
    }
}
