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
 * department ⊃ team, where a unit is named only if at least k people of it answered, and — so that no group under
 * k can be isolated by subtraction — the answers of a named unit that fall in none of its named sub-units are none
 * or at least k. When that rest is small, the smallest named sub-unit stops being named (its own sub-units stay
 * named) until it is not. Every stored answer then shares the units it names with at least k others.
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
     */
    record Named(Map<String, String> kindOf, Set<String> kinds, Set<String> departments, Set<String> teams) {
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

    /**
     * @param answersByDepartment answers per department id
     * @param answersByTeam       answers per team, in the department its people were invited from
     * @param kindOf              department id → kind name (departments absent here belong to no kind)
     */
    Placement(Map<String, Integer> answersByDepartment, Map<TeamKey, Integer> answersByTeam,
              Map<String, String> kindOf, int k) {
        this.kindOf = Map.copyOf(kindOf);
        int total = answersByDepartment.values().stream().mapToInt(Integer::intValue).sum();
        Node company = new Node("", total);
        company.named = total >= k;
        Map<String, Node> kinds = new HashMap<>();
        Map<String, Node> departments = new HashMap<>();
        answersByDepartment.forEach((department, count) -> departments.put(department, new Node(department, count)));
        answersByTeam.forEach((team, count) -> {
            Node department = departments.get(team.departmentId());
            if (department != null) {
                department.children.add(new Node(team.asText(), count));
            }
        });
        Map<String, Integer> byKind = new HashMap<>();
        answersByDepartment.forEach((department, count) -> {
            String kind = kindOf.get(department);
            if (kind != null) {
                byKind.merge(kind, count, Integer::sum);
            }
        });
        byKind.forEach((kind, count) -> kinds.put(kind, new Node(kind, count)));
        departments.values().forEach(department -> {
            String kind = kindOf.get(department.id);
            (kind == null ? company : kinds.get(kind)).children.add(department);
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

    private Placement(Named named) {
        this.kindOf = Map.copyOf(named.kindOf());
        namedKinds.addAll(named.kinds());
        namedDepartments.addAll(named.departments());
        namedTeams.addAll(named.teams());
    }

    static Placement restore(Named named) {
        return new Placement(named);
    }

    Named named() {
        return new Named(kindOf, Set.copyOf(namedKinds), Set.copyOf(namedDepartments), Set.copyOf(namedTeams));
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

    /** The units an answer of this department and team names. */
    Labels labels(String departmentId, @Nullable String teamId) {
        String kind = kindOf.get(departmentId);
        return new Labels(kind != null && namedKinds.contains(kind) ? kind : null,
                namedDepartments.contains(departmentId) ? departmentId : null,
                teamId != null && namedTeams.contains(new TeamKey(departmentId, teamId).asText()) ? teamId : null);
    }
}
