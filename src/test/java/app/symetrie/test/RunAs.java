package app.symetrie.test;

import app.symetrie.common.Role;
import app.symetrie.organization.Employee;
import app.symetrie.security.SignedInUser;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Runs code as a given person, in the current thread: any employee of the demo company (most have no account), with
 * the roles they would hold at sign-in. Used where a test needs several people, or threads.
 * <p>
 * It writes through the application context's own {@link SecurityContextHolderStrategy} (Vaadin's, one per context,
 * each with its own thread-local) as well as the static {@code SecurityContextHolder}, which points at whichever
 * context started last — not this test's when several contexts share the JVM.
 */
public final class RunAs {

    private final SecurityContextHolderStrategy strategy;

    public RunAs(SecurityContextHolderStrategy strategy) {
        this.strategy = strategy;
    }

    /** The session user an employee would be, holding these granted roles (expanded as at sign-in). */
    public static SignedInUser user(Employee employee, Role... granted) {
        return new SignedInUser(employee.email().value(), employee.fullName(), "", Role.expand(Set.of(granted)),
                employee.id(), employee.departmentId(), Locale.FRENCH, true);
    }

    public <T> T call(SignedInUser user, Supplier<T> work) {
        return as(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), work);
    }

    public void run(SignedInUser user, Runnable work) {
        call(user, () -> {
            work.run();
            return null;
        });
    }

    /** As the system administrator (the demo seed's identity), for fixtures. */
    public <T> T system(Supplier<T> work) {
        return as(UsernamePasswordAuthenticationToken.authenticated("system:test", null,
                Role.ADMIN.withImplied().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()), work);
    }

    public void system(Runnable work) {
        system(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Sets the context in this application context's strategy (what method security reads) and in the static holder
     * (what {@code CurrentUser} reads) — one and the same in the application, two when several contexts share a JVM.
     */
    private <T> T as(Authentication authentication, Supplier<T> work) {
        SecurityContext previous = strategy.getContext();
        SecurityContext previousStatic = SecurityContextHolder.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
            SecurityContextHolder.setContext(previousStatic);
        }
    }
}
