package app.symetrie.organization;

import app.symetrie.organization.internal.DepartmentDocument;
import app.symetrie.organization.internal.hris.DepartmentMatcher;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Department names as people type them, for other modules' imports: the HRIS import's rules, so that a name is
 * found, or suggested, the same way everywhere (docs/decisions/026-department-names-did-you-mean.md).
 */
public final class DepartmentNames {

    private DepartmentNames() {
    }

    /** The name's key: equal keys are the same department (accents, case and runs of spaces ignored). */
    public static String key(String name) {
        return DepartmentDocument.key(name);
    }

    /** The department whose name has the same key as {@code name}, if any. */
    public static Optional<Department> find(String name, Collection<Department> departments) {
        String key = key(name);
        return departments.stream().filter(d -> key(d.name()).equals(key)).findFirst();
    }

    /**
     * The department {@code name} was probably meant to be ("did you mean «Service client»?"), when it names none
     * but is close to one.
     */
    public static Optional<Department> didYouMean(String name, Collection<Department> departments) {
        Map<String, Department> byKey = new LinkedHashMap<>();
        departments.forEach(d -> byKey.putIfAbsent(key(d.name()), d));
        Map<String, String> names = new LinkedHashMap<>();
        byKey.forEach((k, d) -> names.put(k, d.name()));
        return DepartmentMatcher.suggest(key(name), names).map(byKey::get);
    }
}
