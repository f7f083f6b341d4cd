package app.symetrie.organization.internal.hris;

import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.ImportPreview;
import app.symetrie.organization.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    }

    /**
     * @param header             null when the file has no readable header
     * @param lines              data lines read (blank lines not counted)
     * @param newDepartmentKinds kind of each department the file creates, by name key
     * @param checksum           SHA-256 of the file; meaningful only when there is no error
     */
    public record Outcome(@Nullable HrisHeader header, char separator, long lines, ErrorCollector errors,
                          Map<String, DepartmentKind> newDepartmentKinds, String checksum) {

        public List<String> ignoredColumns() {
            return header == null ? List.of() : header.ignoredColumns();
        }
    }

    private HrisScanner() {
    }

    /**
     * @param existingDepartmentKeys name keys of the departments that exist: any other needs a kind
     * @param bytesProgress          told bytes read of the file's size
     */
    public static Outcome scan(Path file, Set<String> existingDepartmentKeys, int chunkSize, ChunkHandler handler,
                               ProgressListener bytesProgress) throws IOException {
        ErrorCollector errors = new ErrorCollector(ImportPreview.MAX_ERRORS_SHOWN);
        try (HrisCsvFile csv = HrisCsvFile.open(file, errors)) {
            HrisHeader header = csv.header();
            if (header == null || !errors.isEmpty()) {
                return new Outcome(header, csv.separator(), 0, errors, Map.of(), "");
            }
            HrisRowValidator validator = new HrisRowValidator(header, existingDepartmentKeys, errors);
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
            validator.finish();
            if (lines == 0 && errors.isEmpty()) {
                errors.add(1, "", ImportReasons.NO_DATA, "");
            }
            String checksum = csv.checksum();
            bytesProgress.progress(csv.size(), csv.size());
            return new Outcome(header, csv.separator(), lines, errors, validator.newDepartmentKinds(), checksum);
        }
    }

    /** SHA-256 of the whole file, as {@link Outcome#checksum()} gives it. */
    public static String checksum(Path file) throws IOException {
        return HrisCsvFile.checksum(file);
    }
}
