package app.symetrie.organization.internal;

import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("departments")
public record DepartmentDocument(@Id String id, String name, @Indexed(unique = true) String nameKey,
                                 DepartmentKind kind, @Nullable String parentId) {

    public static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static DepartmentDocument of(Department d) {
        return new DepartmentDocument(d.id().value(), d.name(), key(d.name()), d.kind(),
                d.parentId() == null ? null : d.parentId().value());
    }

    public Department toDomain() {
        return new Department(new DepartmentId(id), name, kind, parentId == null ? null : new DepartmentId(parentId));
    }
}
