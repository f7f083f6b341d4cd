package app.symetrie.organization.internal.hris;

import app.symetrie.organization.ImportLineError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Keeps the first errors of a file (a bounded list, whatever the file's size) and counts them all. */
public final class ErrorCollector {

    private final int capacity;
    private final List<ImportLineError> kept = new ArrayList<>();
    private long count;

    public ErrorCollector(int capacity) {
        this.capacity = capacity;
    }

    public void add(ImportLineError error) {
        count++;
        if (kept.size() < capacity) {
            kept.add(error);
        }
    }

    public void add(int line, String column, String reasonKey, String value, String... arguments) {
        add(new ImportLineError(line, column, reasonKey, value, List.of(arguments)));
    }

    /** Adds another collector's errors (those it kept, and the count of all it saw). */
    public void addAll(ErrorCollector other) {
        other.kept.forEach(this::add);
        count += other.count - other.kept.size();
    }

    public long count() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The kept errors by line (file-level errors on line 1 first). */
    public List<ImportLineError> errors() {
        return kept.stream().sorted(Comparator.comparingInt(ImportLineError::line)).toList();
    }
}
