package app.symetrie.security;

import app.symetrie.common.Email;
import app.symetrie.security.internal.AccountUserDetailsService;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What an open session may do, read again from the store: the HR record (employee still in the organization,
 * MANAGER, department), the account when there is one (granted roles, blocked), and the roles features contribute
 * (AMBASSADOR), exactly as at sign-in, whatever way the person signed in (password, SSO, sign-in link). Each request of a
 * signed-in session goes through it ({@code AccessRefreshFilter}), so a right withdrawn — an ambassador ended, a
 * lead demoted, a manager flag removed — stops at the next request, and a disabled account is signed out
 * (docs/decisions/008-access-read-per-request.md).
 */
@Component
public class SessionAccess {

    private static final Logger log = LoggerFactory.getLogger(SessionAccess.class);
    private static final String ROLE_PREFIX = "ROLE_";

    private final AccountUserDetailsService users;

    SessionAccess(AccountUserDetailsService users) {
        this.users = users;
    }

    /**
     * The session's authentication as the store has it now: {@code current} itself when nothing changed (nothing to
     * write to the session), a new one with the roles and place read now when something did, and nothing when the
     * person must be signed out (blocked, or neither an employee nor an account with a password any more). Authorities that are not roles (such as the
     * factor a sign-in proved) are kept.
     */
    public Optional<Authentication> refresh(Authentication current) {
        if (!(current.getPrincipal() instanceof SignedInUser before)) {
            return Optional.of(current);
        }
        Optional<SignedInUser> found = Email.isValid(before.email()) ? users.identity(new Email(before.email()))
                : Optional.empty();
        if (found.isEmpty()) {
            log.info("Signing a session out: no longer an employee nor an account");
            return Optional.empty();
        }
        SignedInUser now = found.get();
        if (!now.isEnabled()) {
            log.info("Signing a session out: access is blocked");
            return Optional.empty();
        }
        if (now.sameAccessAs(before)) {
            return Optional.of(current);
        }
        log.info("A session's access changed since sign-in: {} → {}", before.roles(), now.roles());
        return Optional.of(current.toBuilder().principal(now).authorities(authorities -> {
            authorities.removeIf(a -> a.getAuthority() != null && a.getAuthority().startsWith(ROLE_PREFIX));
            authorities.addAll(now.getAuthorities());
        }).build());
    }
}
