package app.symetrie.organization;

import app.symetrie.organization.internal.hris.HrisColumn;
import app.symetrie.organization.internal.hris.HrisImporter;
import app.symetrie.organization.internal.hris.SampleCsv;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The HRIS CSV import: a preview that writes no person, department or team and reports every problem by line and
 * column, then an all-or-nothing commit that creates and updates people — matched by employee number when the file
 * has one, by e-mail otherwise. People absent from the file are kept, unless the administrator says the file is the
 * whole organization: then they are deactivated (docs/decisions/014-hris-formats-and-leavers.md).
 * <p>
 * Files: UTF-8 (with or without a byte-order mark) or Windows-1252, detected or chosen; {@code ,}, {@code ;} or tab
 * separated; columns found by their header in French or English ({@link #columns()}), or mapped by the
 * administrator when the headers are not recognized. Files of any size are streamed, never loaded whole.
 */
@Service
public class HrisImportService {

    private final HrisImporter importer;

    HrisImportService(HrisImporter importer) {
        this.importer = importer;
    }

    /**
     * Reads and checks the whole file against the current organization. Writes only a record of the preview when
     * the file is acceptable. The file must stay in place until {@link #commit}.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportPreview preview(Path file, ProgressListener progress) {
        return preview(file, ImportOptions.DEFAULT, progress);
    }

    /**
     * Reads and checks the whole file as {@code options} say (encoding, column mapping, full import). When a
     * required column is not found, the preview says so ({@link ImportPreview#needsMapping()}) and proposes a
     * mapping from the headers it recognized; preview again with the completed mapping.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportPreview preview(Path file, ImportOptions options, ProgressListener progress) {
        return importer.preview(file, options, progress, userName());
    }

    /** The mapping remembered for the next imports (canonical column name → header); empty when none. */
    @PreAuthorize("hasRole('ADMIN')")
    public Map<String, String> rememberedMapping() {
        return importer.rememberedMapping();
    }

    /**
     * Remembers a mapping for the next imports: a file whose headers include all of its headers is read with it.
     * An empty mapping forgets it. Unknown column names or blank headers are refused
     * ({@code import.error.mapping-invalid}).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void rememberMapping(Map<String, String> mapping) {
        importer.rememberMapping(mapping, userName());
    }

    private static @Nullable String userName() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null ? null : user.getName();
    }

    /**
     * Applies an acceptable preview: creates the missing departments and teams, creates or updates people, leaves
     * unchanged people untouched, and for a full import deactivates the people the preview counted. All or nothing: on any failure, what was written is undone and a
     * {@code UserFacingException("import.error.rolled-back")} is thrown. One import at a time
     * ({@code import.error.busy}); a preview is applied once; a file changed since its preview is refused.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportResult commit(ImportPreview preview, ProgressListener progress) {
        return importer.commit(preview, progress);
    }

    /** The columns understood, required ones first, with the headers accepted for each. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ImportColumn> columns() {
        return Arrays.stream(HrisColumn.values())
                .map(c -> new ImportColumn(c.canonicalName(), c.required(), c.aliases()))
                .toList();
    }

    /** A small valid file in the language given, to start from. */
    @PreAuthorize("hasRole('ADMIN')")
    public SampleFile sampleFile(Locale locale) {
        return new SampleFile(SampleCsv.fileName(locale), SampleCsv.content(locale));
    }

    /** A sample file's name and content. */
    public record SampleFile(String name, String content) {
    }
}
