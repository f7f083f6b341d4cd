package app.symetrie.organization.internal.hris;

import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.ImportPreview;
import app.symetrie.organization.ProgressListener;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HRIS file once, from start to end, checking every line and handing the valid ones over in chunks. Holds
 * one chunk at a time: the file is never in memory as a whole.
 */
public final class HrisScanner {

    public static final int CHUNK_SIZE = 1_000;

    /** Receives the valid rows, a chunk at a time, with the number of data lines read so far. */
    @FunctionalInterface
    public interface ChunkHandler {
        void handle(List<HrisRow> rows, long linesRead);

        /** Told the file's header once it is read, before any chunk. */
        default void header(HrisHeader header) {
        }
    }

    /**
     * How to read the file and what it is checked against.
     *
     * @param charset  the encoding, already detected or chosen
     * @param mapping  column → header as written in the file; empty: headers recognized by their name
     * @param existing the departments that exist, by name key: any other needs a kind
     * @param stored   finds which people named by reports-to cells are already stored
     */
    public record Settings(Charset charset, Map<HrisColumn, String> mapping,
                           Map<String, HrisRowValidator.Existing> existing, HrisRowValidator.StoredPeople stored) {

        public static Settings utf8(Set<String> existingDepartmentKeys) {
            return new Settings(StandardCharsets.UTF_8, Map.of(), existingDepartmentKeys.stream().collect(
                    Collectors.toMap(k -> k, k -> new HrisRowValidator.Existing(k, null, null))), keys -> Set.of());
        }
    }

    /**
     * @param header             null when the file has no readable header
     * @param lines              data lines read (blank lines not counted)
     * @param newDepartmentKinds kind of each department the file creates, by name key
     * @param newDepartmentParents parent of each department the file creates under one, by name key
     * @param managerKeys        the people some line reports to ({@link HrisRow#emailKey}, {@link HrisRow#numberKey})
     * @param checksum           SHA-256 of the file; meaningful only when there is no error
     * @param newDepartmentNames name of each department the file would create, as first written, by name key
     */
    public record Outcome(@Nullable HrisHeader header, char separator, long lines, ErrorCollector errors,
                          Map<String, DepartmentKind> newDepartmentKinds,
                          Map<String, HrisRowValidator.ParentRef> newDepartmentParents, Set<String> managerKeys,
                          String checksum, Map<String, String> newDepartmentNames) {

        public List<String> ignoredColumns() {
            return header == null ? List.of() : header.ignoredColumns();
        }
    }

    private HrisScanner() {
    }

    /** A UTF-8 file with recognized headers (tests, and files made by Symétrie's own sample). */
    public static Outcome scan(Path file, Set<String> existingDepartmentKeys, int chunkSize, ChunkHandler handler,
                               ProgressListener bytesProgress) throws IOException {
        return scan(file, Settings.utf8(existingDepartmentKeys), chunkSize, handler, bytesProgress);
    }

    /**
     * @param bytesProgress told bytes read of the file's size
     */
    public static Outcome scan(Path file, Settings settings, int chunkSize, ChunkHandler handler,
                               ProgressListener bytesProgress) throws IOException {
        ErrorCollector errors = new ErrorCollector(ImportPreview.MAX_ERRORS_SHOWN);
        try (HrisCsvFile csv = HrisCsvFile.open(file, settings.charset(), settings.mapping(), errors)) {
            HrisHeader header = csv.header();
            if (header == null || !errors.isEmpty()) {
                return new Outcome(header, csv.separator(), 0, errors, Map.of(), Map.of(), Set.of(), "", Map.of());
            }
            HrisRowValidator validator = new HrisRowValidator(header, settings.existing(), errors);
            handler.header(header);
            List<HrisRow> chunk = new ArrayList<>(chunkSize);
            long lines = 0;
            for (HrisRecord record = csv.next(); record != null; record = csv.next()) {
                lines++;
                HrisRow row = validator.validate(record);
                if (row != null) {
                    chunk.add(row);
                    if (chunk.size() == chunkSize) {
                        handler.handle(List.copyOf(chunk), lines);
                        chunk.clear();
                    }
                }
                if (lines % chunkSize == 0) {
                    bytesProgress.progress(csv.bytesRead(), csv.size());
                }
            }
            if (!chunk.isEmpty()) {
                handler.handle(List.copyOf(chunk), lines);
            }
            validator.finish(settings.stored());
            if (lines == 0 && errors.isEmpty()) {
                errors.add(1, "", ImportReasons.NO_DATA, "");
            }
            String checksum = csv.checksum();
            bytesProgress.progress(csv.size(), csv.size());
            return new Outcome(header, csv.separator(), lines, errors, validator.newDepartmentKinds(),
                    validator.newDepartmentParents(), Set.copyOf(validator.managerKeys()), checksum,
                    validator.newDepartmentNames());
        }
    }

    /** The file's header line read with this mapping (empty: recognized), or null when it has none. */
    public static @Nullable HrisHeader header(Path file, Charset charset, Map<HrisColumn, String> mapping)
            throws IOException {
        try (HrisCsvFile csv = HrisCsvFile.open(file, charset, mapping, new ErrorCollector(0))) {
            return csv.header();
        }
    }

    /** SHA-256 of the whole file, as {@link Outcome#checksum()} gives it. */
    public static String checksum(Path file) throws IOException {
        return HrisCsvFile.checksum(file);
    }
}
