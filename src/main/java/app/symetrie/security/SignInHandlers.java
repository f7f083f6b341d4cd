package app.symetrie.security;

import app.symetrie.common.LogSafe;
import app.symetrie.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * What happens after an SSO or sign-in-link attempt. An SSO sign-in puts the matched person ({@link SignedInUser}) in
 * the session in place of the provider's user, so that every way in leaves the same kind of session behind (what
 * {@link CurrentUser}, the views and {@link AccessRefreshFilter} read), keeping the factor authorities the sign-in
 * proved. Failures go to friendly pages: {@code /login/refused} for SSO, {@code /login/link?invalid} for a used,
 * expired or unknown link — neither says whose it was.
 */
final class SignInHandlers {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SignInHandlers.class);

    private SignInHandlers() {
    }

    static AuthenticationSuccessHandler sso(SecurityContextHolderStrategy holder, SecurityContextRepository repository,
                                            AuditLog audit) {
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof SingleSignOn.Matched matched) {
                SignedInUser user = matched.user();
                List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
                authentication.getAuthorities().stream()
                        .filter(a -> a.getAuthority() != null && !a.getAuthority().startsWith("ROLE_")
                                && !a.getAuthority().startsWith("SCOPE_") && !a.getAuthority().startsWith("OIDC_"))
                        .forEach(authorities::add);
                Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(signedIn);
                holder.setContext(context);
                repository.saveContext(context, request, response);
                audit.record("signin.sso", user.email());
            }
            redirect(request, response, "/");
        };
    }

    static AuthenticationSuccessHandler link(AuditLog audit) {
        return (request, response, authentication) -> {
            audit.record("signin.link.used", authentication.getName());
            redirect(request, response, "/");
        };
    }

    static AuthenticationFailureHandler ssoFailure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            boolean unknown = e instanceof OAuth2AuthenticationException oauth
                    && SingleSignOn.UNKNOWN_PERSON.equals(oauth.getError().getErrorCode());
            if (!unknown) {
                log.warn("Single sign-on failed: {}", LogSafe.redact(e.getMessage()));
            }
            redirect(request, response, unknown ? "/login/refused" : "/login/refused?error");
        };
    }

    static AuthenticationFailureHandler linkFailure() {
        return (request, response, e) -> redirect(request, response, "/" + SignInLinks.LINK_PATH + "?invalid");
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }
}
