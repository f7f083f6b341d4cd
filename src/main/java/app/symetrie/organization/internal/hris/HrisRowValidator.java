package app.symetrie.organization.internal.hris;

import app.symetrie.common.AppLocales;
import app.symetrie.common.Email;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Limits;
import app.symetrie.organization.internal.DepartmentDocument;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks the lines of one file, in order. Keeps what spans lines — the e-mails seen (to report duplicates with the
 * line where each first appeared) and the kinds given to new departments — and nothing else, so a file of any size
 * is checked in bounded memory apart from that set of e-mails.
 */
public final class HrisRowValidator {

    private final HrisHeader header;
    private final Set<String> existingDepartmentKeys;
    private final ErrorCollector errors;
    private final Map<String, Integer> firstLineByEmail = new HashMap<>();
    private final Map<String, NewDepartment> newDepartments = new LinkedHashMap<>();

    public HrisRowValidator(HrisHeader header, Set<String> existingDepartmentKeys, ErrorCollector errors) {
        this.header = header;
        this.existingDepartmentKeys = existingDepartmentKeys;
        this.errors = errors;
    }

    /** The line as a row, or null when it has a problem (then reported to the errors). */
    public @Nullable HrisRow validate(HrisRecord record) {
        int line = record.line();
        int fields = record.fields().size();
        if (fields != header.size() && !onlyBlankFieldsBeyondHeader(record)) {
            errors.add(line, "", ImportReasons.FIELD_COUNT, String.join(" | ", record.fields()),
                    String.valueOf(header.size()), String.valueOf(fields));
            return null;
        }
        long errorsBefore = errors.count();

        String email = email(record);
        String firstName = name(record, HrisColumn.FIRST_NAME, Limits.PERSON_NAME_MAX, true);
        String lastName = name(record, HrisColumn.LAST_NAME, Limits.PERSON_NAME_MAX, true);
        String department = name(record, HrisColumn.DEPARTMENT, Limits.NAME_MAX, true);
        String team = header.has(HrisColumn.TEAM) ? name(record, HrisColumn.TEAM, Limits.NAME_MAX, false) : null;
        DepartmentKind kind = kind(record);
        Boolean manager = header.has(HrisColumn.MANAGER) ? manager(record) : null;
        Locale locale = header.has(HrisColumn.LOCALE) ? locale(record) : null;

        String departmentKey = department == null ? null : DepartmentDocument.key(department);
        if (departmentKey != null && !existingDepartmentKeys.contains(departmentKey)) {
            checkNewDepartment(line, department, departmentKey, kind, record);
        }
        if (errors.count() > errorsBefore || email == null || firstName == null || lastName == null
                || department == null || departmentKey == null) {
            return null;
        }
        return new HrisRow(line, email, firstName, lastName, department, departmentKey, kind, team, manager, locale);
    }

    /** Reports what only the whole file can tell: new departments that no line gave a kind to. */
    public void finish() {
        newDepartments.values().stream()
                .filter(d -> d.kind == null)
                .forEach(d -> errors.add(d.firstLine, header.label(HrisColumn.DEPARTMENT),
                        ImportReasons.DEPARTMENT_KIND_MISSING, d.name, d.name));
    }

    /** The kind of each department the file creates (by name key), once {@link #finish()} found no problem. */
    public Map<String, DepartmentKind> newDepartmentKinds() {
        Map<String, DepartmentKind> kinds = new HashMap<>();
        newDepartments.forEach((key, d) -> {
            if (d.kind != null) {
                kinds.put(key, d.kind);
            }
        });
        return kinds;
    }

    private boolean onlyBlankFieldsBeyondHeader(HrisRecord record) {
        return record.fields().size() > header.size()
                && record.fields().subList(header.size(), record.fields().size()).stream().allMatch(String::isBlank);
    }

    private @Nullable String email(HrisRecord record) {
        String raw = record.get(header, HrisColumn.EMAIL);
        String label = header.label(HrisColumn.EMAIL);
        if (raw.isBlank()) {
            errors.add(record.line(), label, ImportReasons.REQUIRED, raw);
            return null;
        }
        String email;
        try {
            email = new Email(raw).value();
        } catch (IllegalArgumentException e) {
            errors.add(record.line(), label, ImportReasons.EMAIL_INVALID, raw);
            return null;
        }
        Integer first = firstLineByEmail.putIfAbsent(email, record.line());
        if (first != null) {
            errors.add(record.line(), label, ImportReasons.EMAIL_DUPLICATE, raw, String.valueOf(first));
            return null;
        }
        return email;
    }

    /** The value with its spaces normalized as the domain records do; "" for an optional empty value. */
    private @Nullable String name(HrisRecord record, HrisColumn column, int max, boolean required) {
        String raw = record.get(header, column);
        String value = raw.strip().replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            if (required) {
                errors.add(record.line(), header.label(column), ImportReasons.REQUIRED, raw);
                return null;
            }
            return "";
        }
        if (value.length() > max) {
            errors.add(record.line(), header.label(column), ImportReasons.TOO_LONG, raw, String.valueOf(max));
            return null;
        }
        return value;
    }

    private @Nullable DepartmentKind kind(HrisRecord record) {
        String raw = record.get(header, HrisColumn.DEPARTMENT_KIND);
        if (raw.isBlank()) {
            return null;
        }
        DepartmentKind kind = DepartmentKind.parse(raw);
        if (kind == null) {
            errors.add(record.line(), header.label(HrisColumn.DEPARTMENT_KIND),
                    ImportReasons.DEPARTMENT_KIND_INVALID, raw);
        }
        return kind;
    }

    private void checkNewDepartment(int line, String name, String key, @Nullable DepartmentKind kind,
                                    HrisRecord record) {
        NewDepartment known = newDepartments.computeIfAbsent(key, k -> new NewDepartment(name, line));
        if (kind == null) {
            return;
        }
        if (known.kind == null) {
            known.kind = kind;
            known.kindLine = line;
        } else if (known.kind != kind) {
            errors.add(line, header.label(HrisColumn.DEPARTMENT_KIND), ImportReasons.DEPARTMENT_KIND_CONFLICT,
                    record.get(header, HrisColumn.DEPARTMENT_KIND), String.valueOf(known.kindLine));
        }
    }

    private @Nullable Boolean manager(HrisRecord record) {
        String raw = record.get(header, HrisColumn.MANAGER);
        Boolean value = parseFlag(raw);
        if (value == null) {
            errors.add(record.line(), header.label(HrisColumn.MANAGER), ImportReasons.MANAGER_INVALID, raw);
        }
        return value;
    }

    /** yes/no, true/false, 1/0, oui/non, x/empty; null when none of these. */
    static @Nullable Boolean parseFlag(String raw) {
        return switch (HrisColumn.normalize(raw)) {
            case "", "no", "n", "false", "faux", "0", "non" -> false;
            case "yes", "y", "true", "vrai", "1", "oui", "o", "x" -> true;
            default -> null;
        };
    }

    private @Nullable Locale locale(HrisRecord record) {
        String raw = record.get(header, HrisColumn.LOCALE);
        if (raw.isBlank()) {
            return AppLocales.FRENCH;
        }
        Locale locale = AppLocales.parse(raw);
        if (locale == null) {
            errors.add(record.line(), header.label(HrisColumn.LOCALE), ImportReasons.LOCALE_INVALID, raw);
        }
        return locale;
    }

    private static final class NewDepartment {
        private final String name;
        private final int firstLine;
        private @Nullable DepartmentKind kind;
        private int kindLine;

        NewDepartment(String name, int firstLine) {
            this.name = name;
            this.firstLine = firstLine;
        }
    }
}
