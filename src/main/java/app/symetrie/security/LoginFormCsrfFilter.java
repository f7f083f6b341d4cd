package app.symetrie.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The password form's POST must carry the CSRF token of the login page it came from. Vaadin's security configurer
 * exempts the login URL from Spring's CSRF check, which leaves "login CSRF" open (another site signs a visitor in as
 * someone else, whose pages they then fill in); but the Vaadin login page carries Spring's token in its
 * {@code _csrf} meta tags and {@code vaadin-login-form} posts it, so we check it here, after Spring's
 * {@code CsrfFilter} has loaded the session's token. A missing or stale token (a login page left open past its
 * session) sends the browser back to a fresh login page, which has a valid one.
 */
final class LoginFormCsrfFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginFormCsrfFilter.class);

    private final XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !"/login".equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the session's raw token (the request attribute CsrfToken is a masked view of it, new at each read)
        DeferredCsrfToken deferred = (DeferredCsrfToken) request.getAttribute(DeferredCsrfToken.class.getName());
        CsrfToken expected = deferred == null ? null : deferred.get();
        String actual = expected == null ? null : handler.resolveCsrfTokenValue(request, expected);
        if (expected == null || actual == null || !MessageDigest.isEqual(
                expected.getToken().getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8))) {
            log.info("Password sign-in refused: the form carried no valid CSRF token");
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        chain.doFilter(request, response);
    }
}
