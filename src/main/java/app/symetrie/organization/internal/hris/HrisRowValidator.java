package app.symetrie.organization.internal.hris;

import app.symetrie.common.AppLocales;
import app.symetrie.common.Email;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Limits;
import app.symetrie.organization.internal.DepartmentDocument;
import app.symetrie.organization.Employee;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks the lines of one file, in order. Keeps what spans lines — the e-mails seen (to report duplicates with the
 * line where each first appeared) and the kinds given to new departments — and nothing else, so a file of any size
 * is checked in bounded memory apart from that set of e-mails.
 */
public final class HrisRowValidator {

    /** Finds which of the people named by reports-to cells (e-mail or number keys) are already stored. */
    @FunctionalInterface
    public interface StoredPeople {
        Set<String> known(Set<String> keys);
    }

    /** A department that exists: its name and the name key of its parent (null: top level). */
    public record Existing(String name, @Nullable String parentKey, @Nullable DepartmentKind kind) {
    }

    private final HrisHeader header;
    private final Map<String, Existing> existing;
    private final ErrorCollector errors;
    private final Map<String, Integer> firstLineByEmail = new HashMap<>();
    private final Map<String, Integer> firstLineByNumber = new HashMap<>();
    private final Map<String, NewDepartment> newDepartments = new LinkedHashMap<>();
    private final Map<String, ParentGiven> parentGiven = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();
    private final Set<String> managerKeys = new HashSet<>();

    public HrisRowValidator(HrisHeader header, Set<String> existingDepartmentKeys, ErrorCollector errors) {
        this(header, existingDepartmentKeys.stream().collect(Collectors.toMap(k -> k, k -> new Existing(k, null, null))),
                errors);
    }

    public HrisRowValidator(HrisHeader header, Map<String, Existing> existing, ErrorCollector errors) {
        this.header = header;
        this.existing = existing;
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
        String number = header.has(HrisColumn.EMPLOYEE_NUMBER) ? number(record) : null;
        String firstName = name(record, HrisColumn.FIRST_NAME, Limits.PERSON_NAME_MAX, true);
        String lastName = name(record, HrisColumn.LAST_NAME, Limits.PERSON_NAME_MAX, true);
        String department = name(record, HrisColumn.DEPARTMENT, Limits.NAME_MAX, true);
        String team = header.has(HrisColumn.TEAM) ? name(record, HrisColumn.TEAM, Limits.NAME_MAX, false) : null;
        DepartmentKind kind = kind(record);
        Boolean manager = header.has(HrisColumn.MANAGER) ? manager(record) : null;
        if (header.has(HrisColumn.REPORTS_TO)) {
            Boolean legacyFlag = reportsTo(record, email, number);
            manager = Boolean.TRUE.equals(manager) || Boolean.TRUE.equals(legacyFlag);
        }
        Locale locale = header.has(HrisColumn.LOCALE) ? locale(record) : null;
        String parent = header.has(HrisColumn.PARENT_DEPARTMENT)
                ? name(record, HrisColumn.PARENT_DEPARTMENT, Limits.NAME_MAX, false) : null;
        String parentKey = parent == null || parent.isEmpty() ? null : DepartmentDocument.key(parent);

        String departmentKey = department == null ? null : DepartmentDocument.key(department);
        if (department != null && departmentKey != null && !existing.containsKey(departmentKey)) {
            checkNewDepartment(line, department, departmentKey, kind, record);
        }
        if (department != null && departmentKey != null && parent != null && parentKey != null) {
            checkParent(line, department, departmentKey, parent, parentKey, kind, record);
        }
        if (errors.count() > errorsBefore || email == null || firstName == null || lastName == null
                || department == null || departmentKey == null) {
            return null;
        }
        return new HrisRow(line, email, number, firstName, lastName, department, departmentKey,
                parentKey == null ? null : parent, parentKey, kind, team, manager, locale);
    }

    /**
     * The e-mail and number keys ({@link HrisRow#emailKey}, {@link HrisRow#numberKey}) that some line names as its
     * manager, once every line was validated: the people they name are managers.
     */
    public Set<String> managerKeys() {
        return managerKeys;
    }

    /** Reports what only the whole file can tell, assuming no reports-to cell names a stored person. */
    public void finish() {
        finish(keys -> Set.of());
    }

    /**
     * Reports what only the whole file can tell: new departments that no line gave a kind to, new departments that
     * would be their own ancestors, and reports-to cells naming nobody in the file or in the store.
     */
    public void finish(StoredPeople stored) {
        inheritKinds();
        newDepartments.values().stream()
                .filter(d -> d.kind == null)
                .forEach(d -> errors.add(d.firstLine, header.label(HrisColumn.DEPARTMENT),
                        ImportReasons.DEPARTMENT_KIND_MISSING, d.name, d.name));
        newDepartments.forEach((key, d) -> {
            Set<String> seen = new HashSet<>();
            for (String current = key; current != null; current = parentOf(current)) {
                if (!seen.add(current)) {
                    ParentGiven given = parentGiven.get(key);
                    errors.add(given == null ? d.firstLine : given.line, header.label(HrisColumn.PARENT_DEPARTMENT),
                            ImportReasons.PARENT_CYCLE, d.name, d.name);
                    break;
                }
            }
        });
        Set<String> unresolved = new HashSet<>();
        for (Reference reference : references) {
            if (!inFile(reference.key)) {
                unresolved.add(reference.key);
            }
        }
        Set<String> known = unresolved.isEmpty() ? Set.of() : stored.known(unresolved);
        for (Reference reference : references) {
            if (!inFile(reference.key) && !known.contains(reference.key)) {
                errors.add(reference.line, header.label(HrisColumn.REPORTS_TO), ImportReasons.REPORTS_TO_UNKNOWN,
                        reference.raw);
            }
        }
    }

    /**
     * A new department that no line gave a type takes its parent's, whether the parent is new or already stored: an
     * HRIS export names directions and services but not our types, so an administrator says once whether each
     * direction is support or front office (in the departments screen, or on one line) and its services follow.
     */
    private void inheritKinds() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, NewDepartment> entry : newDepartments.entrySet()) {
                String parentKey = parentOf(entry.getKey());
                if (entry.getValue().kind != null || parentKey == null) {
                    continue;
                }
                NewDepartment newParent = newDepartments.get(parentKey);
                Existing storedParent = existing.get(parentKey);
                DepartmentKind inherited = newParent != null ? newParent.kind
                        : storedParent == null ? null : storedParent.kind();
                if (inherited != null) {
                    entry.getValue().kind = inherited;
                    changed = true;
                }
            }
        }
    }

    private boolean inFile(String key) {
        return key.startsWith("e:") ? firstLineByEmail.containsKey(key.substring(2))
                : firstLineByNumber.containsKey(key.substring(2));
    }

    private @Nullable String parentOf(String key) {
        ParentGiven given = parentGiven.get(key);
        if (given != null) {
            return given.parentKey;
        }
        Existing stored = existing.get(key);
        return stored == null ? null : stored.parentKey;
    }

    /** The name of each department the file would create (by name key), as first written in the file. */
    public Map<String, String> newDepartmentNames() {
        Map<String, String> names = new LinkedHashMap<>();
        newDepartments.forEach((key, d) -> names.put(key, d.name));
        return names;
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
        if (known.kind == null || !known.kindGiven) {
            known.kind = kind;
            known.kindLine = line;
            known.kindGiven = true;
        } else if (known.kind != kind) {
            errors.add(line, header.label(HrisColumn.DEPARTMENT_KIND), ImportReasons.DEPARTMENT_KIND_CONFLICT,
                    record.get(header, HrisColumn.DEPARTMENT_KIND), String.valueOf(known.kindLine));
        }
    }

    /**
     * The department is placed under a parent. A new one takes the first parent the file gives it; an existing one
     * must already be there: the import creates departments but does not move them. A new parent takes the kind of
     * the line's department until a line gives it one of its own.
     */
    private void checkParent(int line, String department, String key, String parent, String parentKey,
                             @Nullable DepartmentKind kind, HrisRecord record) {
        String label = header.label(HrisColumn.PARENT_DEPARTMENT);
        String raw = record.get(header, HrisColumn.PARENT_DEPARTMENT);
        if (parentKey.equals(key)) {
            errors.add(line, label, ImportReasons.PARENT_SELF, raw);
            return;
        }
        Existing stored = existing.get(key);
        if (stored != null) {
            if (!parentKey.equals(stored.parentKey)) {
                Existing storedParent = stored.parentKey == null ? null : existing.get(stored.parentKey);
                if (storedParent == null) {
                    errors.add(line, label, ImportReasons.PARENT_MOVED_TOP, raw, stored.name);
                } else {
                    errors.add(line, label, ImportReasons.PARENT_MOVED, raw, stored.name, storedParent.name);
                }
            }
        } else {
            ParentGiven given = parentGiven.putIfAbsent(key, new ParentGiven(parentKey, parent, line));
            if (given != null && !given.parentKey.equals(parentKey)) {
                errors.add(line, label, ImportReasons.PARENT_CONFLICT, raw, given.name, String.valueOf(given.line));
            }
        }
        if (!existing.containsKey(parentKey)) {
            NewDepartment newParent = newDepartments.computeIfAbsent(parentKey, k -> new NewDepartment(parent, line));
            DepartmentKind childKind = kind != null ? kind
                    : stored != null ? stored.kind
                    : newDepartments.containsKey(key) ? newDepartments.get(key).kind : null;
            if (newParent.kind == null && childKind != null) {
                newParent.kind = childKind;
                newParent.kindLine = line;
            }
        }
    }

    private @Nullable String number(HrisRecord record) {
        String raw = record.get(header, HrisColumn.EMPLOYEE_NUMBER);
        String number = raw.strip();
        if (number.isEmpty()) {
            return "";
        }
        String label = header.label(HrisColumn.EMPLOYEE_NUMBER);
        if (number.length() > Employee.EMPLOYEE_NUMBER_MAX) {
            errors.add(record.line(), label, ImportReasons.TOO_LONG, raw,
                    String.valueOf(Employee.EMPLOYEE_NUMBER_MAX));
            return null;
        }
        Integer first = firstLineByNumber.putIfAbsent(number, record.line());
        if (first != null) {
            errors.add(record.line(), label, ImportReasons.NUMBER_DUPLICATE, raw, String.valueOf(first));
            return null;
        }
        return number;
    }

    /**
     * Who the person reports to: the manager's e-mail or employee number, remembered to be checked once the whole
     * file is read. Files made for an earlier version wrote yes/no in a "responsable" column: a yes/no word there
     * is this person's own manager flag, returned (null otherwise).
     */
    private @Nullable Boolean reportsTo(HrisRecord record, @Nullable String email, @Nullable String number) {
        String raw = record.get(header, HrisColumn.REPORTS_TO);
        String value = raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        String word = HrisColumn.normalize(value);
        if (FLAG_WORDS.contains(word)) {
            return parseFlag(value);
        }
        String label = header.label(HrisColumn.REPORTS_TO);
        String key;
        if (value.contains("@")) {
            try {
                key = HrisRow.emailKey(new Email(value).value());
            } catch (IllegalArgumentException e) {
                errors.add(record.line(), label, ImportReasons.EMAIL_INVALID, raw);
                return null;
            }
        } else if (value.length() > Employee.EMPLOYEE_NUMBER_MAX) {
            errors.add(record.line(), label, ImportReasons.TOO_LONG, raw, String.valueOf(Employee.EMPLOYEE_NUMBER_MAX));
            return null;
        } else {
            key = HrisRow.numberKey(value);
        }
        if ((email != null && key.equals(HrisRow.emailKey(email)))
                || (number != null && !number.isEmpty() && key.equals(HrisRow.numberKey(number)))) {
            errors.add(record.line(), label, ImportReasons.REPORTS_TO_SELF, raw);
            return null;
        }
        references.add(new Reference(record.line(), raw, key));
        managerKeys.add(key);
        return null;
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

    private static final Set<String> FLAG_WORDS = Set.of("oui", "non", "yes", "no", "true", "false", "vrai",
            "faux", "x");

    private record ParentGiven(String parentKey, String name, int line) {
    }

    /** The parent a new department is created under. */
    public record ParentRef(String key, String name) {
    }

    /** The parent of each department the file creates under one (by name key). */
    public Map<String, ParentRef> newDepartmentParents() {
        Map<String, ParentRef> parents = new HashMap<>();
        parentGiven.forEach((key, given) -> parents.put(key, new ParentRef(given.parentKey, given.name)));
        return parents;
    }

    private record Reference(int line, String raw, String key) {
    }

    private static final class NewDepartment {
        private final String name;
        private final int firstLine;
        private @Nullable DepartmentKind kind;
        private int kindLine;
        /** False while the kind is only inherited from a child department's line. */
        private boolean kindGiven;

        NewDepartment(String name, int firstLine) {
            this.name = name;
            this.firstLine = firstLine;
        }
    }
}
