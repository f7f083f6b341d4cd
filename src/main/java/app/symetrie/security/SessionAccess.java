package app.symetrie.security;

import app.symetrie.security.internal.AccountUserDetailsService;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * What an open session may do, read again from the store: the account (granted roles, enabled), the HR record
 * (MANAGER, department) and the roles features contribute (AMBASSADOR), exactly as at sign-in. Each request of a
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
     * person must be signed out (their account was deleted or disabled). Authorities that are not roles (such as the
     * factor a sign-in proved) are kept.
     */
    public Optional<Authentication> refresh(Authentication current) {
        if (!(current.getPrincipal() instanceof SignedInUser before)) {
            return Optional.of(current);
        }
        SignedInUser now;
        try {
            now = (SignedInUser) users.loadUserByUsername(before.email());
        } catch (UsernameNotFoundException e) {
            log.info("Signing out {}: the account no longer exists", before.email());
            return Optional.empty();
        }
        if (!now.isEnabled()) {
            log.info("Signing out {}: the account is disabled", before.email());
            return Optional.empty();
        }
        if (now.sameAccessAs(before)) {
            return Optional.of(current);
        }
        log.info("Access of {} changed since sign-in: {} → {}", before.email(), before.roles(), now.roles());
        return Optional.of(current.toBuilder().principal(now).authorities(authorities -> {
            authorities.removeIf(a -> a.getAuthority() != null && a.getAuthority().startsWith(ROLE_PREFIX));
            authorities.addAll(now.getAuthorities());
        }).build());
    }
}
