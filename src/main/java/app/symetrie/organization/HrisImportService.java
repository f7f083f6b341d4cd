package app.symetrie.organization;

import app.symetrie.organization.internal.hris.HrisColumn;
import app.symetrie.organization.internal.hris.HrisImporter;
import app.symetrie.organization.internal.hris.SampleCsv;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The HRIS CSV import: a preview that writes no person, department or team and reports every problem by line and
 * column, then an all-or-nothing commit that upserts people by e-mail. People absent from the file are kept.
 * <p>
 * Files: UTF-8 with or without a byte-order mark; {@code ,}, {@code ;} or tab separated; columns found by their
 * header in French or English ({@link #columns()}). Files of any size are streamed, never loaded whole.
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
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return importer.preview(file, progress, user == null ? null : user.getName());
    }

    /**
     * Applies an acceptable preview: creates the missing departments and teams, creates or updates people, leaves
     * unchanged people untouched. All or nothing: on any failure, what was written is undone and a
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
