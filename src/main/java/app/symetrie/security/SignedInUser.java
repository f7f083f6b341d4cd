package app.symetrie.security;

import app.symetrie.common.Role;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.EmployeeId;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind the session: their account, their place in the organization (when they are an employee), and
 * their roles already expanded (an ADMIN also holds LEAD, …). Built at sign-in and built again whenever a request
 * finds that the store says otherwise ({@link SessionAccess}).
 */
public final class SignedInUser implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String email;
    private final String displayName;
    private final String passwordHash;
    private final Set<Role> roles;
    private final @Nullable EmployeeId employeeId;
    private final @Nullable DepartmentId departmentId;
    private final Locale locale;
    private final boolean enabled;

    public SignedInUser(String email, String displayName, String passwordHash, Set<Role> roles,
                        @Nullable EmployeeId employeeId, @Nullable DepartmentId departmentId, Locale locale,
                        boolean enabled) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(roles);
        this.employeeId = employeeId;
        this.departmentId = departmentId;
        this.locale = locale;
        this.enabled = enabled;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public @Nullable EmployeeId employeeId() {
        return employeeId;
    }

    public @Nullable DepartmentId departmentId() {
        return departmentId;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * Whether the other holds exactly the same access: roles, place in the organization, enabled. What the session
     * refresh compares; the name and the language do not matter to it.
     */
    public boolean sameAccessAs(SignedInUser other) {
        return email.equals(other.email) && roles.equals(other.roles) && enabled == other.enabled
                && Objects.equals(employeeId, other.employeeId) && Objects.equals(departmentId, other.departmentId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> list = roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return list;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedInUser other && other.email.equals(email);
    }

    @Override
    public int hashCode() {
        return email.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + email + " " + roles + "]";
    }
}
