package app.symetrie.barometer;

import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentTree;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The optional block of the survey where people rate the support functions that serve them (docs/PRODUCT.md,
 * "Support functions rated by their internal customers"): which functions a person is offered, the three service
 * statements, and the limits that keep the block within the survey's three minutes.
 */
public final class ServiceStatements {

    /** The service statements, in the order the block asks them: each 1–5, each skippable. */
    public static final List<String> CODES = List.of("responsiveness", "clarity", "self_service");
    /** At most this many functions rated in one answer: three statements each, about 30 seconds. */
    public static final int MAX_FUNCTIONS = 3;

    private ServiceStatements() {
    }

    /** A support function someone may rate. */
    public record RatedFunction(String departmentId, String name) {
    }

    /**
     * The support functions: departments of kind SUPPORT that are not inside another support department (a
     * sub-department of IT is part of the IT function), by name.
     */
    public static List<Department> functions(List<Department> departments) {
        java.util.Map<String, Department> byId = new java.util.HashMap<>();
        departments.forEach(d -> byId.put(d.id().value(), d));
        return departments.stream().filter(Department::isSupport)
                .filter(d -> d.parentId() == null || byId.get(d.parentId().value()) == null
                        || !byId.get(d.parentId().value()).isSupport())
                .sorted(Comparator.comparing(Department::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * What a person of {@code raterDepartmentId} is offered to rate: every support function except their own — the
     * function their department is, or is inside.
     */
    public static List<RatedFunction> offeredTo(List<Department> departments, String raterDepartmentId) {
        Set<String> own = Set.copyOf(new DepartmentTree(departments).ancestorsOrSelf(raterDepartmentId));
        return functions(departments).stream().filter(d -> !own.contains(d.id().value()))
                .map(d -> new RatedFunction(d.id().value(), d.name())).toList();
    }
}
