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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Builds the session's user from the account and the HR record: MANAGER comes from the HR manager flag, every role
 * is expanded to the roles it includes.
 */
@Component
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final OrganizationService organization;
    private final List<RoleContributor> contributors;

    AccountUserDetailsService(AccountRepository accounts, OrganizationService organization,
                              List<RoleContributor> contributors) {
        this.accounts = accounts;
        this.organization = organization;
        this.contributors = contributors;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (!Email.isValid(username)) {
            throw new UsernameNotFoundException("bad credentials");
        }
        Email email = new Email(username);
        AccountDocument account = accounts.findByEmail(email.value())
                .orElseThrow(() -> new UsernameNotFoundException("bad credentials"));
        Optional<Employee> employee = organization.employeeByEmail(email);
        Set<Role> granted = EnumSet.noneOf(Role.class);
        granted.addAll(account.grantedRoles());
        if (employee.map(Employee::manager).orElse(false)) {
            granted.add(Role.MANAGER);
        }
        contributors.forEach(c -> granted.addAll(c.rolesFor(email)));
        Locale locale = account.locale() != null ? AppLocales.orDefault(account.locale())
                : employee.map(Employee::locale).orElse(AppLocales.FRENCH);
        return new SignedInUser(email.value(), employee.map(Employee::fullName).orElse(email.value()),
                account.passwordHash(), Role.expand(granted), employee.map(Employee::id).orElse(null),
                employee.map(Employee::departmentId).orElse(null), locale, account.enabled());
    }
}
