package app.symetrie.barometer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which units a closed wave's answers may name in storage (docs/ANONYMITY.md): the org tree company ⊃ kind ⊃
 * department ⊃ sub-department (any depth) ⊃ team, where a department counts the answers of its whole subtree and a unit is named only if at least k people of it answered, and — so that no group under
 * k can be isolated by subtraction — the answers of a named unit that fall in none of its named sub-units are none
 * or at least k. When that rest is small, the smallest named sub-unit stops being named (its own sub-units stay
 * named) until it is not. Every stored answer then shares the units it names with at least k others. An answer
 * of a department that is not named names its nearest named ancestor instead ("counted in its parent"), so that a
 * parent's figures — the sum of its subtree's — include it.
 */
final class Placement {

    /** What a stored answer names. */
    record Labels(@Nullable String kind, @Nullable String departmentId, @Nullable String teamId) {
    }

    /** A team as the ballots place it: in the department its people were invited from. */
    record TeamKey(String departmentId, String teamId) {
        String asText() {
            return departmentId + "/" + teamId;
        }
    }

    /**
     * The decision, as stored on the wave before any answer is written, so that a release resumed after a crash
     * names units exactly as it began to, whatever changed in the organization meanwhile.
     *
     * @param kindOf department id → its kind when the wave closed
     * @param teams  named teams as {@link TeamKey#asText()}
     * @param parentOf department id → the parent its figures count in, when the wave closed
     */
    record Named(Map<String, String> kindOf, Set<String> kinds, Set<String> departments, Set<String> teams,
                 Map<String, String> parentOf) {
    }

    private static final class Node {
        final String id;
        final int count;
        final List<Node> children = new ArrayList<>();
        boolean named;

        Node(String id, int count) {
            this.id = id;
            this.count = count;
        }
    }

    private final Set<String> namedKinds = new HashSet<>();
    private final Set<String> namedDepartments = new HashSet<>();
    private final Set<String> namedTeams = new HashSet<>();
    private final Map<String, String> kindOf;
    private final Map<String, String> parentOf;

    Placement(Map<String, Integer> answersByDepartment, Map<TeamKey, Integer> answersByTeam,
              Map<String, String> kindOf, int k) {
        this(answersByDepartment, answersByTeam, kindOf, Map.of(), k);
    }

    /**
     * @param answersByDepartment answers per department id (its own people only)
     * @param answersByTeam       answers per team, in the department its people were invited from
     * @param kindOf              department id → kind name (departments absent here belong to no kind)
     * @param parentOf            department id → the parent department its figures count in (same kind; see
     *                            {@code organization/DepartmentTree})
     */
    Placement(Map<String, Integer> answersByDepartment, Map<TeamKey, Integer> answersByTeam,
              Map<String, String> kindOf, Map<String, String> parentOf, int k) {
        this.parentOf = Map.copyOf(parentOf);
        Map<String, String> kinds0 = new HashMap<>(kindOf);
        // Every ancestor of a department with answers is a node, counting its whole subtree.
        Map<String, Integer> subtree = new HashMap<>();
        answersByDepartment.forEach((department, count) -> {
            for (String at : chain(department)) {
                subtree.merge(at, count, Integer::sum);
                if (!kinds0.containsKey(at) && kindOf.containsKey(department)) {
                    kinds0.put(at, kindOf.get(department));
                }
            }
        });
        this.kindOf = Map.copyOf(kinds0);
        int total = answersByDepartment.values().stream().mapToInt(Integer::intValue).sum();
        Node company = new Node("", total);
        company.named = total >= k;
        Map<String, Node> kinds = new HashMap<>();
        Map<String, Node> departments = new HashMap<>();
        subtree.forEach((department, count) -> departments.put(department, new Node(department, count)));
        answersByTeam.forEach((team, count) -> {
            Node department = departments.get(team.departmentId());
            if (department != null) {
                department.children.add(new Node(team.asText(), count));
            }
        });
        Map<String, Integer> byKind = new HashMap<>();
        answersByDepartment.forEach((department, count) -> {
            String kind = this.kindOf.get(department);
            if (kind != null) {
                byKind.merge(kind, count, Integer::sum);
            }
        });
        byKind.forEach((kind, count) -> kinds.put(kind, new Node(kind, count)));
        departments.values().stream().sorted(Comparator.comparing(n -> n.id)).forEach(department -> {
            String parent = this.parentOf.get(department.id);
            if (parent != null && departments.containsKey(parent)) {
                departments.get(parent).children.add(department);
                return;
            }
            String kind = this.kindOf.get(department.id);
            (kind == null || !kinds.containsKey(kind) ? company : kinds.get(kind)).children.add(department);
        });
        company.children.addAll(kinds.values());
        markCandidates(company, k);
        if (company.named) {
            settle(company, k);
        }
        kinds.values().stream().filter(n -> n.named).forEach(n -> namedKinds.add(n.id));
        departments.values().stream().filter(n -> n.named).forEach(n -> namedDepartments.add(n.id));
        departments.values().forEach(d -> d.children.stream().filter(n -> n.named).forEach(n -> namedTeams.add(n.id)));
    }

    /** The department and its ancestors, nearest first. */
    private List<String> chain(String departmentId) {
        List<String> chain = new ArrayList<>();
        for (String at = departmentId; at != null && !chain.contains(at); at = parentOf.get(at)) {
            chain.add(at);
        }
        return chain;
    }

    private Placement(Named named) {
        this.kindOf = Map.copyOf(named.kindOf());
        this.parentOf = Map.copyOf(named.parentOf());
        namedKinds.addAll(named.kinds());
        namedDepartments.addAll(named.departments());
        namedTeams.addAll(named.teams());
    }

    static Placement restore(Named named) {
        return new Placement(named);
    }

    Named named() {
        return new Named(kindOf, Set.copyOf(namedKinds), Set.copyOf(namedDepartments), Set.copyOf(namedTeams),
                parentOf);
    }

    private static void markCandidates(Node node, int k) {
        for (Node child : node.children) {
            child.named = child.count >= k;
            markCandidates(child, k);
        }
    }

    /** The named units directly under a node: its named children, and those of its unnamed children, recursively. */
    private static List<Node> namedBelow(Node node) {
        List<Node> below = new ArrayList<>();
        for (Node child : node.children) {
            if (child.named) {
                below.add(child);
            } else {
                below.addAll(namedBelow(child));
            }
        }
        return below;
    }

    private static void settle(Node node, int k) {
        while (true) {
            List<Node> below = namedBelow(node);
            int rest = node.count - below.stream().mapToInt(n -> n.count).sum();
            if (rest == 0 || rest >= k || below.isEmpty()) {
                below.forEach(child -> settle(child, k));
                return;
            }
            below.stream().min(Comparator.<Node>comparingInt(n -> n.count).thenComparing(n -> n.id))
                    .ifPresent(smallest -> smallest.named = false);
        }
    }

    /**
     * The units an answer of this department and team names: the department if it is named, else its nearest named
     * ancestor (the answer is counted in its parent), else none.
     */
    Labels labels(String departmentId, @Nullable String teamId) {
        String kind = kindOf.get(departmentId);
        String department = chain(departmentId).stream().filter(namedDepartments::contains).findFirst().orElse(null);
        return new Labels(kind != null && namedKinds.contains(kind) ? kind : null, department,
                teamId != null && namedTeams.contains(new TeamKey(departmentId, teamId).asText()) ? teamId : null);
    }
}
