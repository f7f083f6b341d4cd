package app.symetrie.security.internal;

import app.symetrie.common.Role;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the organization does not say about a person's access: roles an administrator granted (LEAD, ADMIN), roles
 * the identity provider's groups map to, a password for break-glass administrators and demo logins, whether access
 * is blocked, and the language last chosen. Kept apart from the HR record: the HRIS import never touches it. An
 * employee needs no such row to sign in by SSO or by a sign-in link (docs/decisions/012-sign-in.md); one is written
 * only when there is something to hold.
 *
 * @param passwordHash   BCrypt hash, or {@code null}/empty: no password sign-in for this person
 * @param grantedRoles   roles given explicitly by an administrator (LEAD, ADMIN…); EMPLOYEE is implied, MANAGER comes
 *                       from the HR record's manager flag, AMBASSADOR from an active ambassador record
 * @param grantedAt      when each granted role was given (absent for rows written before it was recorded)
 * @param directoryRoles roles the identity provider's groups gave at the person's latest SSO sign-in
 * @param demo           an account of the demo company, listed on the login page
 */
@Document("accounts")
public record AccountDocument(@Id String id, @Indexed(unique = true) String email, @Nullable String passwordHash,
                              Set<Role> grantedRoles, boolean enabled, boolean demo, @Nullable String locale,
                              @Nullable Map<Role, Instant> grantedAt, @Nullable Set<Role> directoryRoles) {

    public boolean hasPassword() {
        return passwordHash != null && !passwordHash.isEmpty();
    }

    public Map<Role, Instant> grantedSince() {
        return grantedAt == null || grantedAt.isEmpty() ? Map.of() : new EnumMap<>(grantedAt);
    }

    public Set<Role> directory() {
        return directoryRoles == null || directoryRoles.isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(directoryRoles);
    }

    public AccountDocument withEnabled(boolean value) {
        return new AccountDocument(id, email, passwordHash, grantedRoles, value, demo, locale, grantedAt,
                directoryRoles);
    }

    public AccountDocument withLocale(String value) {
        return new AccountDocument(id, email, passwordHash, grantedRoles, enabled, demo, value, grantedAt,
                directoryRoles);
    }

    public AccountDocument withDirectoryRoles(Set<Role> value) {
        return new AccountDocument(id, email, passwordHash, grantedRoles, enabled, demo, locale, grantedAt,
                value.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(value));
    }
}
