package app.symetrie.organization.internal.hris;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header line of an HRIS file: which field holds which column, the headers we ignore, and the file-level
 * problems (a required column missing, a column given twice).
 */
public final class HrisHeader {

    private final List<String> names;
    private final Map<HrisColumn, Integer> positions;
    private final List<String> ignored;

    private HrisHeader(List<String> names, Map<HrisColumn, Integer> positions, List<String> ignored) {
        this.names = names;
        this.positions = positions;
        this.ignored = ignored;
    }

    /** Reads the header fields; problems go to {@code errors} on line 1. */
    static HrisHeader of(List<String> fields, ErrorCollector errors) {
        List<String> names = fields.stream().map(HrisHeader::clean).toList();
        Map<HrisColumn, Integer> positions = new EnumMap<>(HrisColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            var column = HrisColumn.forHeader(name);
            if (column.isEmpty()) {
                if (!name.isBlank()) {
                    ignored.add(name);
                }
                continue;
            }
            Integer previous = positions.putIfAbsent(column.get(), i);
            if (previous != null) {
                errors.add(1, name, ImportReasons.DUPLICATE_COLUMN, name, names.get(previous));
            }
        }
        for (HrisColumn column : HrisColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                errors.add(1, column.canonicalName(), ImportReasons.MISSING_COLUMN, "");
            }
        }
        return new HrisHeader(names, positions, List.copyOf(ignored));
    }

    private static String clean(String field) {
        return field.replace("\uFEFF", "").strip();
    }

    public int size() {
        return names.size();
    }

    public boolean has(HrisColumn column) {
        return positions.containsKey(column);
    }

    public Set<HrisColumn> columns() {
        return positions.keySet();
    }

    /** The position of the column's field, or -1. */
    int position(HrisColumn column) {
        return positions.getOrDefault(column, -1);
    }

    /** The header as the file wrote it (what the person will recognize), or the canonical name. */
    public String label(HrisColumn column) {
        Integer position = positions.get(column);
        return position == null ? column.canonicalName() : names.get(position);
    }

    public List<String> ignoredColumns() {
        return ignored;
    }
}
