package app.symetrie.organization.internal.hris;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header line of an HRIS file: which field holds which column, the headers we ignore, and the file-level
 * problems (a required column missing, a column given twice, a mapped header absent from the file).
 * <p>
 * Columns are found by their header ({@link HrisColumn#forHeader}) unless a mapping is given: then the mapping alone
 * says which header holds which column, and every other header is ignored.
 */
public final class HrisHeader {

    private final List<String> names;
    private final Map<HrisColumn, Integer> positions;
    private final List<String> ignored;
    private final boolean missingRequired;

    private HrisHeader(List<String> names, Map<HrisColumn, Integer> positions, List<String> ignored,
                       boolean missingRequired) {
        this.names = names;
        this.positions = positions;
        this.ignored = ignored;
        this.missingRequired = missingRequired;
    }

    /** Reads the header fields, recognizing columns by their header; problems go to {@code errors} on line 1. */
    static HrisHeader of(List<String> fields, ErrorCollector errors) {
        return of(fields, Map.of(), errors);
    }

    /**
     * Reads the header fields with a mapping (column → header as written in the file; empty: recognize headers).
     * Problems go to {@code errors} on line 1.
     */
    static HrisHeader of(List<String> fields, Map<HrisColumn, String> mapping, ErrorCollector errors) {
        List<String> names = fields.stream().map(HrisHeader::clean).toList();
        Map<HrisColumn, Integer> positions = new EnumMap<>(HrisColumn.class);
        if (mapping.isEmpty()) {
            recognize(names, positions, errors);
        } else {
            map(names, mapping, positions, errors);
        }
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!positions.containsValue(i) && !names.get(i).isBlank()) {
                ignored.add(names.get(i));
            }
        }
        boolean missingRequired = false;
        for (HrisColumn column : HrisColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                errors.add(1, column.canonicalName(), ImportReasons.MISSING_COLUMN, "");
                missingRequired = true;
            }
        }
        return new HrisHeader(names, positions, List.copyOf(ignored), missingRequired);
    }

    private static void recognize(List<String> names, Map<HrisColumn, Integer> positions, ErrorCollector errors) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            var column = HrisColumn.forHeader(name);
            if (column.isEmpty()) {
                continue;
            }
            Integer previous = positions.putIfAbsent(column.get(), i);
            if (previous != null) {
                errors.add(1, name, ImportReasons.DUPLICATE_COLUMN, name, names.get(previous));
            }
        }
        // "Direction" alone is the department; it is the parent only next to a department ("Service") column.
        if (!positions.containsKey(HrisColumn.DEPARTMENT) && positions.containsKey(HrisColumn.PARENT_DEPARTMENT)) {
            positions.put(HrisColumn.DEPARTMENT, positions.remove(HrisColumn.PARENT_DEPARTMENT));
        }
    }

    private static void map(List<String> names, Map<HrisColumn, String> mapping, Map<HrisColumn, Integer> positions,
                            ErrorCollector errors) {
        Map<Integer, HrisColumn> columnAt = new LinkedHashMap<>();
        mapping.forEach((column, header) -> {
            int position = names.indexOf(clean(header));
            if (position < 0) {
                position = indexOfNormalized(names, header);
            }
            if (position < 0) {
                errors.add(1, header, ImportReasons.MAPPED_COLUMN_ABSENT, header);
                return;
            }
            HrisColumn other = columnAt.putIfAbsent(position, column);
            if (other != null) {
                errors.add(1, names.get(position), ImportReasons.MAPPED_TWICE, names.get(position),
                        other.canonicalName(), column.canonicalName());
                return;
            }
            positions.put(column, position);
        });
    }

    private static int indexOfNormalized(List<String> names, String header) {
        String key = HrisColumn.normalize(header);
        for (int i = 0; i < names.size(); i++) {
            if (!key.isEmpty() && HrisColumn.normalize(names.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
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

    /** The headers as the file writes them, in order. */
    public List<String> names() {
        return Collections.unmodifiableList(names);
    }

    /** Which header holds which column, as read (by recognition or by the mapping given). */
    public Map<HrisColumn, String> mapping() {
        Map<HrisColumn, String> mapping = new EnumMap<>(HrisColumn.class);
        positions.forEach((column, position) -> mapping.put(column, names.get(position)));
        return mapping;
    }

    /** True when a required column is missing: the file needs a mapping (or is not an HRIS file). */
    public boolean missingRequired() {
        return missingRequired;
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
