package app.symetrie.security;

import app.symetrie.common.Email;
import app.symetrie.common.Role;
import java.util.Set;

/**
 * Lets a feature grant roles it owns when a person signs in — e.g. the ambassador program grants AMBASSADOR to its
 * active ambassadors — without the security module depending on that feature.
 */
public interface RoleContributor {

    Set<Role> rolesFor(Email email);
}
