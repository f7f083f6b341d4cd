package app.symetrie.security;

import app.symetrie.common.Role;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A person's access as the Access view shows it.
 *
 * @param granted   roles an administrator granted (LEAD, ADMIN)
 * @param since     when each granted role was granted (absent for grants older than this record)
 * @param directory roles the identity provider's groups gave at the person's latest SSO sign-in
 * @param enabled   false when an administrator blocked the person's access
 * @param employee  whether the person is in the organization
 * @param password  whether the person may sign in with a password (break-glass administrator, demo login)
 */
public record AccessHolder(String email, String name, Set<Role> granted, Map<Role, Instant> since,
                           Set<Role> directory, boolean enabled, boolean employee, boolean password) {

    public AccessHolder {
        granted = Set.copyOf(granted);
        since = Map.copyOf(since);
        directory = Set.copyOf(directory);
    }
}
