package app.symetrie.security.internal;

import app.symetrie.common.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A sign-in account. Kept apart from the HR record: the HRIS import never touches passwords or granted roles.
 *
 * @param grantedRoles roles given explicitly (LEAD, ADMIN, AMBASSADOR…); EMPLOYEE is implied, MANAGER comes from
 *                     the HR record's manager flag
 * @param demo         an account of the demo company, listed on the login page
 */
@Document("accounts")
public record AccountDocument(@Id String id, @Indexed(unique = true) String email, String passwordHash,
                              Set<Role> grantedRoles, boolean enabled, boolean demo, @Nullable String locale) {
}
