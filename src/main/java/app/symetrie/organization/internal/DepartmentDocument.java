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

    /**
     * The name as compared: without accents, case or surrounding and repeated spaces ("  COMPTABILITÉ " and
     * "comptabilite" are one department). Keys stored before accents were ignored keep their accents: compare by
     * {@code key(name)}, not by the stored {@code nameKey}.
     */
    public static String key(String name) {
        String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
        // (?U): no-break spaces, frequent in spreadsheet exports, are spaces too
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("(?U)\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    public static DepartmentDocument of(Department d) {
        return new DepartmentDocument(d.id().value(), d.name(), key(d.name()), d.kind(),
                d.parentId() == null ? null : d.parentId().value());
    }

    public Department toDomain() {
        return new Department(new DepartmentId(id), name, kind, parentId == null ? null : new DepartmentId(parentId));
    }
}
