package app.symetrie.security;

import app.symetrie.common.Email;
import app.symetrie.common.Role;
import java.util.Set;

/**
 * Lets a feature grant roles it owns — e.g. the ambassador program grants AMBASSADOR to its active ambassadors —
 * without the security module depending on that feature. Asked when a person signs in and again at each request of
 * their session ({@link SessionAccess}): it reads the store, needs no signed-in user, and should stay cheap.
 */
public interface RoleContributor {

    Set<Role> rolesFor(Email email);
}
