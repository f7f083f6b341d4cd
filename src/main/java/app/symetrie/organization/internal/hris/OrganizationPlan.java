package app.symetrie.organization.internal.hris;

import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Team;
import app.symetrie.organization.TeamId;
import app.symetrie.organization.internal.DepartmentDocument;
import app.symetrie.organization.internal.TeamDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The departments and teams as they are, plus those an import will create (with ids chosen in advance, so that the
 * employees of a chunk can point at them). Departments and teams are few: all of them fit in memory.
 */
public final class OrganizationPlan {

    private final Map<String, String> departmentIdByKey = new HashMap<>();
    private final Map<String, String> teamIdByDepartmentAndKey = new HashMap<>();
    private final Set<String> existingDepartmentKeys;
    private final Map<String, HrisRowValidator.Existing> existing = new HashMap<>();
    private final List<PlannedDepartment> pendingDepartments = new ArrayList<>();
    private final List<Team> pendingTeams = new ArrayList<>();
    private int plannedDepartments;
    private int plannedTeams;

    private OrganizationPlan(Collection<DepartmentDocument> departments, Collection<TeamDocument> teams,
                             Map<String, String> aliases) {
        // Keys from the names, not the stored keys: keys stored before accents were ignored still carry them.
        departments.forEach(d -> departmentIdByKey.putIfAbsent(DepartmentDocument.key(d.name()), d.id()));
        teams.forEach(t -> teamIdByDepartmentAndKey.putIfAbsent(teamKey(t.departmentId(),
                DepartmentDocument.key(t.name())), t.id()));
        Map<String, String> keyById = new HashMap<>();
        departments.forEach(d -> keyById.put(d.id(), DepartmentDocument.key(d.name())));
        departments.forEach(d -> existing.putIfAbsent(keyById.get(d.id()), new HrisRowValidator.Existing(d.name(),
                d.parentId() == null ? null : keyById.get(d.parentId()), d.kind())));
        aliases.forEach((key, id) -> {
            String target = keyById.get(id);
            if (target == null) {
                throw new UnknownAlias(key);
            }
            departmentIdByKey.put(key, id);
            existing.put(key, existing.get(target));
        });
        existingDepartmentKeys = Set.copyOf(departmentIdByKey.keySet());
    }

    /** A name of the file mapped to a department that no longer exists. */
    public static final class UnknownAlias extends RuntimeException {
        UnknownAlias(String key) {
            super("No department for the name " + key);
        }
    }

    /** The departments that exist, by name key, with their parent's name key. */
    public Map<String, HrisRowValidator.Existing> existingDepartments() {
        return existing;
    }

    public static OrganizationPlan of(Collection<DepartmentDocument> departments, Collection<TeamDocument> teams) {
        return new OrganizationPlan(departments, teams, Map.of());
    }

    /**
     * The organization, where some names of the file (by name key) stand for existing departments (by id): the
     * administrator's answers to "did you mean …?".
     *
     * @throws UnknownAlias when a department named by {@code aliases} does not exist
     */
    public static OrganizationPlan of(Collection<DepartmentDocument> departments, Collection<TeamDocument> teams,
                                      Map<String, String> aliases) {
        return new OrganizationPlan(departments, teams, aliases);
    }

    public Set<String> existingDepartmentKeys() {
        return existingDepartmentKeys;
    }

    /** The id of the department with this name, planning its creation when it does not exist yet. */
    public String departmentId(String key, String name) {
        return departmentIdByKey.computeIfAbsent(key, k -> {
            String id = DepartmentId.random().value();
            pendingDepartments.add(new PlannedDepartment(id, name, k));
            plannedDepartments++;
            return id;
        });
    }

    /** The id of the team with this name in the department, planning its creation; null for an empty name. */
    public @Nullable String teamId(String departmentId, String name) {
        if (name.isBlank()) {
            return null;
        }
        return teamIdByDepartmentAndKey.computeIfAbsent(teamKey(departmentId, DepartmentDocument.key(name)), k -> {
            Team team = new Team(TeamId.random(), new DepartmentId(departmentId), name);
            pendingTeams.add(team);
            plannedTeams++;
            return team.id().value();
        });
    }

    /** Departments planned since the last call, as top-level documents of the given kinds (by name key). */
    public List<DepartmentDocument> takePlannedDepartments(Map<String, DepartmentKind> kinds) {
        return takePlannedDepartments(kinds, Map.of());
    }

    /**
     * Departments planned since the last call, as documents of the given kinds, under the parents the file gives
     * (by name key). A parent that no line has needed yet is planned now, in the same batch as its child.
     */
    public List<DepartmentDocument> takePlannedDepartments(Map<String, DepartmentKind> kinds,
                                                           Map<String, HrisRowValidator.ParentRef> parents) {
        for (int i = 0; i < pendingDepartments.size(); i++) { // grows while parents are planned
            HrisRowValidator.ParentRef parent = parents.get(pendingDepartments.get(i).key());
            if (parent != null) {
                departmentId(parent.key(), parent.name());
            }
        }
        List<DepartmentDocument> taken = pendingDepartments.stream().map(p -> {
            DepartmentKind kind = kinds.get(p.key());
            if (kind == null) {
                throw new IllegalStateException("No kind for the new department " + p.name());
            }
            HrisRowValidator.ParentRef parent = parents.get(p.key());
            return DepartmentDocument.of(new Department(new DepartmentId(p.id()), p.name(), kind,
                    parent == null ? null : new DepartmentId(Objects.requireNonNull(departmentIdByKey.get(parent.key()),
                            "given an id just above"))));
        }).toList();
        pendingDepartments.clear();
        return taken;
    }

    /** Teams planned since the last call. */
    public List<TeamDocument> takePlannedTeams() {
        List<TeamDocument> taken = pendingTeams.stream().map(TeamDocument::of).toList();
        pendingTeams.clear();
        return taken;
    }

    public int plannedDepartmentCount() {
        return plannedDepartments;
    }

    public int plannedTeamCount() {
        return plannedTeams;
    }

    private static String teamKey(String departmentId, String nameKey) {
        return departmentId + '\u0000' + nameKey;
    }

    private record PlannedDepartment(String id, String name, String key) {
    }
}
