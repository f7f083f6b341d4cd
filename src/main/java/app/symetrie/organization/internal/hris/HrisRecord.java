package app.symetrie.organization.internal.hris;

import java.util.List;

/** One data line of the file, its fields stripped of surrounding spaces. */
record HrisRecord(int line, List<String> fields) {

    String get(HrisHeader header, HrisColumn column) {
        int position = header.position(column);
        return position < 0 || position >= fields.size() ? "" : fields.get(position);
    }

    boolean isBlank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
