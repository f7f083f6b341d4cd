package app.symetrie.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Right after the session's security context is loaded, reads the person's access again ({@link SessionAccess}) and,
 * when it changed, puts the new authentication in the context of this request <em>and</em> in the session: Vaadin
 * reads the context from the HTTP session while it handles a request (its {@code VaadinAwareSecurityContextHolder
 * Strategy}), so views' {@code @RolesAllowed} checks, the menu and the services all see the same, current roles. A
 * disabled or deleted account is signed out: session invalidated, the request goes on anonymous (a page is redirected
 * to the login page, a Vaadin request is answered "session expired" and the browser reloads to the login page).
 * Static files are skipped: they need no rights.
 */
final class AccessRefreshFilter extends OncePerRequestFilter {

    private final SessionAccess access;
    private final SecurityContextRepository repository;
    private final SecurityContextHolderStrategy holder;
    private final RequestMatcher staticFiles;
    private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

    AccessRefreshFilter(SessionAccess access, SecurityContextRepository repository,
                        SecurityContextHolderStrategy holder, RequestMatcher staticFiles) {
        this.access = access;
        this.repository = repository;
        this.holder = holder;
        this.staticFiles = staticFiles;
        signOut.setSecurityContextHolderStrategy(holder);
        signOut.setSecurityContextRepository(repository);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return staticFiles.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = holder.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof SignedInUser) {
            Optional<Authentication> now = access.refresh(current);
            if (now.isEmpty()) {
                signOut.logout(request, response, current);
            } else if (now.get() != current) {
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(now.get());
                holder.setContext(context);
                repository.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
