package app.symetrie.security;

import app.symetrie.audit.AuditLog;
import app.symetrie.common.Email;
import app.symetrie.common.Ids;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.security.internal.AccountDocument;
import app.symetrie.security.internal.AccountRepository;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Sign-in accounts. Provisioning (first administrator, demo accounts) runs as the system at start-up; what a person
 * does through the UI is checked here, not only in the views.
 */
@Service
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    /** A login shown on the login page of the demo company. */
    public record DemoLogin(String email, Role role) {
    }

    public List<DemoLogin> demoLogins() {
        return accounts.findByDemoTrueOrderByEmail().stream()
                .map(a -> new DemoLogin(a.email(), highest(a.grantedRoles())))
                .sorted((a, b) -> a.role().compareTo(b.role()))
                .toList();
    }

    private static Role highest(Set<Role> roles) {
        return roles.stream().max(Enum::compareTo).orElse(Role.EMPLOYEE);
    }

    public boolean hasDemoAccounts() {
        return accounts.existsByDemoTrue();
    }

    public boolean hasAdministrator() {
        return accounts.existsByGrantedRolesContaining(Role.ADMIN);
    }

    /** System provisioning: the first administrator, from configuration. Enforces the password policy. */
    public void provisionAdministrator(Email email, String rawPassword) {
        if (rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("The first administrator's password must have at least "
                    + MIN_PASSWORD_LENGTH + " characters");
        }
        upsert(email, rawPassword, EnumSet.of(Role.ADMIN), false);
    }

    /** System provisioning for the demo company: a well-known password, flagged so the login page lists it. */
    public void provisionDemoAccount(Email email, String rawPassword, Set<Role> granted) {
        upsert(email, rawPassword, granted, true);
    }

    private void upsert(Email email, String rawPassword, Set<Role> granted, boolean demo) {
        var existing = accounts.findByEmail(email.value());
        String id = existing.map(AccountDocument::id).orElseGet(Ids::random);
        String locale = existing.map(AccountDocument::locale).orElse(null);
        accounts.save(new AccountDocument(id, email.value(), passwordEncoder.encode(rawPassword),
                granted.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(granted), true, demo, locale));
    }

    /**
     * An administrator creates or updates someone's access: roles and, optionally, a new password. An open session
     * of that person holds the new roles from its next request; a disabled account stays disabled.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void grantAccess(Email email, Set<Role> granted, String newPassword) {
        if (!newPassword.isEmpty() && newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new UserFacingException("error.password.too-short", MIN_PASSWORD_LENGTH);
        }
        var existing = accounts.findByEmail(email.value());
        if (existing.isEmpty() && newPassword.isEmpty()) {
            throw new UserFacingException("error.password.required");
        }
        String hash = newPassword.isEmpty() ? existing.orElseThrow().passwordHash() : passwordEncoder.encode(newPassword);
        var roles = granted.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(granted);
        if (existing.isPresent() && existing.get().grantedRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)
                && CurrentUser.require().email().equals(email.value())) {
            throw new UserFacingException("error.account.cannot-demote-self");
        }
        accounts.save(new AccountDocument(existing.map(AccountDocument::id).orElseGet(Ids::random), email.value(), hash,
                roles, existing.map(AccountDocument::enabled).orElse(true),
                existing.map(AccountDocument::demo).orElse(false), existing.map(AccountDocument::locale).orElse(null)));
        audit.record("access.granted", email.value() + ": " + roles
                + (newPassword.isEmpty() ? "" : ", password set"));
    }

    /**
     * An administrator disables an account (the person can no longer sign in, and an open session is signed out at
     * its next request) or enables it again. Nobody disables their own account.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(Email email, boolean enabled) {
        AccountDocument a = accounts.findByEmail(email.value())
                .orElseThrow(() -> new UserFacingException("error.account.unknown"));
        if (!enabled && CurrentUser.get().filter(me -> me.email().equals(email.value())).isPresent()) {
            throw new UserFacingException("error.account.cannot-disable-self");
        }
        accounts.save(new AccountDocument(a.id(), a.email(), a.passwordHash(), a.grantedRoles(), enabled, a.demo(),
                a.locale()));
        audit.record(enabled ? "account.enabled" : "account.disabled", email.value());
    }

    /** The signed-in person's language, remembered for their next visit. */
    @PreAuthorize("isAuthenticated()")
    public void rememberLocale(Locale locale) {
        String email = CurrentUser.require().email();
        accounts.findByEmail(email).ifPresent(a -> accounts.save(new AccountDocument(a.id(), a.email(),
                a.passwordHash(), a.grantedRoles(), a.enabled(), a.demo(), locale.getLanguage())));
    }
}
