package app.symetrie.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The departments as the figures see them: a tree inside each kind (docs/PRODUCT.md, "Parent departments"). A
 * department's figures cover its subtree — its own people and every descendant's, at any depth. A sub-department of
 * another kind than its parent is a root of its own kind instead: the figures keep the nesting company ⊃ kind ⊃
 * department ⊃ sub-department ⊃ team, on which the anonymity rules rely (no unit may straddle two kinds). A parent
 * that points to a department no longer known is ignored.
 */
public final class DepartmentTree {

    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();

    /** @param departments every department (the tree is read from their parents and kinds) */
    public DepartmentTree(Collection<Department> departments) {
        Map<String, Department> byId = new HashMap<>();
        departments.forEach(d -> byId.put(d.id().value(), d));
        for (Department d : departments) {
            Department parent = d.parentId() == null ? null : byId.get(d.parentId().value());
            if (parent != null && parent.kind() == d.kind()) {
                parentOf.put(d.id().value(), parent.id().value());
            }
        }
        // A cycle cannot be saved (OrganizationService refuses it); should one be stored anyway, it is cut.
        for (String id : new ArrayList<>(parentOf.keySet())) {
            Set<String> seen = new HashSet<>();
            for (String at = id; at != null; at = parentOf.get(at)) {
                if (!seen.add(at)) {
                    parentOf.remove(id);
                    break;
                }
            }
        }
        departments.stream().map(d -> d.id().value()).sorted().forEach(id -> {
            String parent = parentOf.get(id);
            if (parent != null) {
                children.computeIfAbsent(parent, x -> new ArrayList<>()).add(id);
            }
        });
    }

    /** A tree given as department id → parent id (the parents the figures use), for a decision stored earlier. */
    public static DepartmentTree ofParents(Map<String, String> parents) {
        return new DepartmentTree(parents);
    }

    private DepartmentTree(Map<String, String> parents) {
        parentOf.putAll(parents);
        parents.keySet().stream().sorted().forEach(id ->
                children.computeIfAbsent(parents.get(id), x -> new ArrayList<>()).add(id));
    }

    /** The parent whose figures this department counts in; null for a root. */
    public @Nullable String parentOf(String departmentId) {
        return parentOf.get(departmentId);
    }

    /** Department id → the parent its figures count in, for every department that has one. */
    public Map<String, String> parents() {
        return Map.copyOf(parentOf);
    }

    /** The direct sub-departments, by id. */
    public List<String> children(String departmentId) {
        return List.copyOf(children.getOrDefault(departmentId, List.of()));
    }

    /** The department and all its descendants, at any depth. */
    public Set<String> subtree(String departmentId) {
        Set<String> result = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(List.of(departmentId));
        while (!queue.isEmpty()) {
            String id = queue.removeFirst();
            if (result.add(id)) {
                queue.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return result;
    }

    /** The department, its parent, its parent's parent… up to its root. */
    public List<String> ancestorsOrSelf(String departmentId) {
        List<String> chain = new ArrayList<>();
        for (String at = departmentId; at != null && !chain.contains(at); at = parentOf.get(at)) {
            chain.add(at);
        }
        return chain;
    }

    /** Whether a department is in another's subtree (itself included). */
    public boolean isWithin(String departmentId, String ancestorId) {
        return ancestorsOrSelf(departmentId).contains(ancestorId);
    }
}
