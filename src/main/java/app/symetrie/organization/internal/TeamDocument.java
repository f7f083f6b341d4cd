package app.symetrie.organization.internal;

import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.Team;
import app.symetrie.organization.TeamId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("teams")
@CompoundIndex(name = "department_team_name", def = "{'departmentId': 1, 'nameKey': 1}", unique = true)
public record TeamDocument(@Id String id, String departmentId, String name, String nameKey) {

    public static TeamDocument of(Team t) {
        return new TeamDocument(t.id().value(), t.departmentId().value(), t.name(), DepartmentDocument.key(t.name()));
    }

    public Team toDomain() {
        return new Team(new TeamId(id), new DepartmentId(departmentId), name);
    }
}
