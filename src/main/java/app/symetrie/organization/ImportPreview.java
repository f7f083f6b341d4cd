package app.symetrie.organization;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an HRIS file would change, computed before anything is written.
 *
 * @param batchId         the recorded preview to commit; null when the file is not acceptable
 * @param file            the uploaded file, read again at commit time
 * @param checksum        SHA-256 of the file as previewed: a file changed since is refused
 * @param separator       the separator found in the header line
 * @param lines           data lines in the file (blank lines not counted)
 * @param errors          the first {@value #MAX_ERRORS_SHOWN} problems, in line order
 * @param errorCount      all problems found
 * @param ignoredColumns  headers that match no known column: ignored, shown as a warning
 */
public record ImportPreview(@Nullable String batchId, Path file, String checksum, char separator, long lines,
                            int newEmployees, int updatedEmployees, int unchangedEmployees, int newDepartments,
                            int newTeams, List<ImportLineError> errors, long errorCount,
                            List<String> ignoredColumns) {

    public static final int MAX_ERRORS_SHOWN = 1_000;

    public ImportPreview {
        errors = List.copyOf(errors);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** True when the file has no problem at all: only then can it be committed. */
    public boolean acceptable() {
        return errorCount == 0 && batchId != null;
    }

    /** People that a commit would create or update. */
    public int changes() {
        return newEmployees + updatedEmployees;
    }

    /** True when a commit would write something (people, departments or teams). */
    public boolean hasChanges() {
        return changes() + newDepartments + newTeams > 0;
    }

    public boolean errorsTruncated() {
        return errorCount > errors.size();
    }
}
