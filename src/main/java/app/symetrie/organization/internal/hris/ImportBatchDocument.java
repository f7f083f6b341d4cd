package app.symetrie.organization.internal.hris;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One HRIS file, from its preview to its outcome. The counts are those of the preview until the batch is applied,
 * then those actually written. {@code encoding} and {@code mapping} say how the file was read; {@code deactivated}
 * counts the people a full import deactivates. A batch left {@code APPLYING} (a crash) is rolled back from its journal.
 */
@Document("import_batches")
public record ImportBatchDocument(@Id String id, @Indexed ImportBatchStatus status, String checksum, long lines,
                                  int createdEmployees, int updatedEmployees, int unchangedEmployees,
                                  int createdDepartments, int createdTeams, @Nullable String previewedBy,
                                  Instant previewedAt, @Nullable Instant startedAt, @Nullable Instant finishedAt,
                                  @Nullable String failure, @Nullable String encoding,
                                  @Nullable Map<String, String> mapping, boolean fullImport, int deactivated,
                                  @Nullable List<Alias> departmentAliases) {

    /** A department name of the file (by name key) that the administrator mapped to an existing department. */
    public record Alias(String key, String departmentId) {
    }

    /** The aliases as a map (name key → department id); empty for batches written before aliases existed. */
    public Map<String, String> aliases() {
        Map<String, String> result = new java.util.HashMap<>();
        if (departmentAliases != null) {
            departmentAliases.forEach(a -> result.put(a.key(), a.departmentId()));
        }
        return result;
    }
}
