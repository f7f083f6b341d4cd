package app.symetrie.security;

import app.symetrie.audit.AuditLog;
import app.symetrie.common.Email;
import app.symetrie.security.internal.SignInThrottle;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password form with a temporary lock-out: after {@code perAddress} failed attempts on one address, or
 * {@code perClient} from one client, within a window, further attempts are refused until the window ends — even with
 * the right password. Unknown addresses are counted and locked exactly like known ones, and a locked attempt gets the
 * same answer as a wrong password, so the form never tells whether an account exists. Failures are counted in the
 * store ({@link SignInThrottle}), so that every instance counts together and a restart does not reset them.
 */
final class ThrottledPasswordSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledPasswordSignIn.class);
    static final String ADDRESS = "password-address";
    static final String CLIENT = "password-client";

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final int perAddress;
    private final int perClient;
    private final Duration window;

    ThrottledPasswordSignIn(AuthenticationProvider passwords, SignInThrottle throttle, AuditLog audit, int perAddress,
                            int perClient, Duration window) {
        if (perAddress < 1 || perClient < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("symetrie.sign-in.password.*: limits must be positive");
        }
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.perAddress = perAddress;
        this.perClient = perClient;
        this.window = window;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
        String client = authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
        if (throttle.exceeded(ADDRESS, address, perAddress, window)
                || throttle.exceeded(CLIENT, client, perClient, window)) {
            throw new BadCredentialsException("bad credentials");
        }
        try {
            return passwords.authenticate(authentication);
        } catch (AuthenticationException failed) {
            if (throttle.add(ADDRESS, address, window) == perAddress) {
                // a valid address only: someone typing their password into the address field must not have it kept
                audit.record("signin.password.locked", (Email.isValid(address) ? address : "(not an e-mail address)")
                        + " (" + window.toMinutes() + " min)");
                log.warn("Password sign-in locked for one address for {} min after {} failures",
                        window.toMinutes(), perAddress);
            }
            if (throttle.add(CLIENT, client, window) == perClient) {
                audit.record("signin.password.client-locked", perClient + " failures from one client ("
                        + window.toMinutes() + " min)");
                log.warn("Password sign-in locked for one client for {} min after {} failures",
                        window.toMinutes(), perClient);
            }
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
