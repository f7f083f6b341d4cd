package app.symetrie.common;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of docs/PRODUCT.md. Each role includes what the roles below it can do, so an account's authorities are
 * expanded when the session's user is built (at sign-in, and again whenever a request finds them changed) with
 * {@link #withImplied()} — views and services then check a single role.
 */
public enum Role {
    EMPLOYEE,
    AMBASSADOR,
    MANAGER,
    LEAD,
    ADMIN;

    public static final String EMPLOYEE_ROLE = "EMPLOYEE";
    public static final String AMBASSADOR_ROLE = "AMBASSADOR";
    public static final String MANAGER_ROLE = "MANAGER";
    public static final String LEAD_ROLE = "LEAD";
    public static final String ADMIN_ROLE = "ADMIN";

    /** The role and every role it includes: ADMIN ⊃ LEAD ⊃ {MANAGER, AMBASSADOR} ⊃ EMPLOYEE. */
    public Set<Role> withImplied() {
        return switch (this) {
            case EMPLOYEE -> EnumSet.of(EMPLOYEE);
            case AMBASSADOR -> EnumSet.of(EMPLOYEE, AMBASSADOR);
            case MANAGER -> EnumSet.of(EMPLOYEE, MANAGER);
            case LEAD -> EnumSet.of(EMPLOYEE, AMBASSADOR, MANAGER, LEAD);
            case ADMIN -> EnumSet.allOf(Role.class);
        };
    }

    public static Set<Role> expand(Set<Role> granted) {
        Set<Role> all = EnumSet.of(EMPLOYEE);
        granted.forEach(r -> all.addAll(r.withImplied()));
        return all;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
