package app.symetrie.organization;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an HRIS file would change, computed before anything is written.
 *
 * @param batchId           the recorded preview to commit; null when the file is not acceptable
 * @param file              the uploaded file, read again at commit time
 * @param checksum          SHA-256 of the file as previewed: a file changed since is refused
 * @param separator         the separator found in the header line
 * @param lines             data lines in the file (blank lines not counted)
 * @param errors            the first {@value #MAX_ERRORS_SHOWN} problems, in line order
 * @param errorCount        all problems found
 * @param ignoredColumns    headers that match no known column: ignored, shown as a warning
 * @param options           what the preview was asked (encoding, mapping, full import); the commit applies them
 * @param encoding          the encoding the file was read in ({@link ImportEncoding#UTF_8} or
 *                          {@link ImportEncoding#WINDOWS_1252}; what {@link ImportEncoding#AUTO} found)
 * @param headers           the file's headers, in order (empty when it has none)
 * @param mapping           which header holds which column ({@link ImportColumn#name()} → header): as read, or as
 *                          proposed from the headers when {@code needsMapping}
 * @param needsMapping      a required column was not found: the administrator maps the headers, then previews again
 * @param mappingRemembered the mapping remembered from an earlier import was used
 * @param deactivated       for a full import: active people absent from the file, who would be deactivated
 * @param departmentSuggestions names of the file close to an existing department's ("did you mean …?"), with the
 *                          administrator's choice when made: the file cannot be imported until each has one
 */
public record ImportPreview(@Nullable String batchId, Path file, String checksum, char separator, long lines,
                            int newEmployees, int updatedEmployees, int unchangedEmployees, int newDepartments,
                            int newTeams, List<ImportLineError> errors, long errorCount,
                            List<String> ignoredColumns, ImportOptions options, ImportEncoding encoding,
                            List<String> headers, Map<String, String> mapping, boolean needsMapping,
                            boolean mappingRemembered, int deactivated,
                            List<DepartmentSuggestion> departmentSuggestions) {

    public static final int MAX_ERRORS_SHOWN = 1_000;

    public ImportPreview {
        errors = List.copyOf(errors);
        ignoredColumns = List.copyOf(ignoredColumns);
        headers = List.copyOf(headers);
        mapping = Map.copyOf(mapping);
        departmentSuggestions = List.copyOf(departmentSuggestions);
    }

    /** True while some "did you mean …?" has no answer: nothing can be imported before. */
    public boolean needsDepartmentChoice() {
        return departmentSuggestions.stream().anyMatch(s -> s.choice() == null);
    }

    /** True when the file has no problem at all and every "did you mean" is answered: only then can it be committed. */
    public boolean acceptable() {
        return errorCount == 0 && batchId != null && !needsDepartmentChoice();
    }

    /** People that a commit would create or update. */
    public int changes() {
        return newEmployees + updatedEmployees;
    }

    /** True when a commit would write something (people, departments, teams or departures). */
    public boolean hasChanges() {
        return changes() + newDepartments + newTeams + deactivated > 0;
    }

    public boolean errorsTruncated() {
        return errorCount > errors.size();
    }
}
