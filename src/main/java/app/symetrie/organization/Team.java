package app.symetrie.organization;

/** A team inside a department. */
public record Team(TeamId id, DepartmentId departmentId, String name) {
    public Team {
        name = Limits.requireName(name, Limits.NAME_MAX, "error.team.name.required", "error.name.too-long");
    }
}
