package app.symetrie.test;

import app.symetrie.common.Role;
import app.symetrie.organization.Employee;
import app.symetrie.security.SignedInUser;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs code as a given person, in the current thread: any employee of the demo company (most have no account), with
 * the roles they would hold at sign-in. Used where a test needs several people, or threads.
 */
public final class RunAs {

    private RunAs() {
    }

    /** The session user an employee would be, holding these granted roles (expanded as at sign-in). */
    public static SignedInUser user(Employee employee, Role... granted) {
        return new SignedInUser(employee.email().value(), employee.fullName(), "", Role.expand(Set.of(granted)),
                employee.id(), employee.departmentId(), Locale.FRENCH, true);
    }

    public static <T> T call(SignedInUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(SignedInUser user, Runnable work) {
        call(user, () -> {
            work.run();
            return null;
        });
    }

    /** As the system administrator (the demo seed's identity), for fixtures. */
    public static <T> T system(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system:test", null,
                Role.ADMIN.withImplied().stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void system(Runnable work) {
        system(() -> {
            work.run();
            return null;
        });
    }
}
