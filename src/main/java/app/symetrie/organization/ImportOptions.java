package app.symetrie.organization;

import java.util.Map;

/**
 * How to read an HRIS file, chosen in the import view.
 *
 * @param encoding       the file's encoding, or {@link ImportEncoding#AUTO}
 * @param mapping        which header of the file holds which of our columns ({@link ImportColumn#name()} → header
 *                       as the file writes it); empty: headers are recognized by their name, or by the mapping
 *                       remembered from an earlier import when it fits the file
 * @param fullImport     the file is the whole organization: active people absent from it have left and are
 *                       deactivated
 * @param departmentChoices the administrator's answers to "did you mean …?" ({@link DepartmentSuggestion}): a
 *                       department name as the file writes it → the id of the existing department it stands for, or
 *                       {@link #CREATE_NEW} to create it as a new department
 */
public record ImportOptions(ImportEncoding encoding, Map<String, String> mapping, boolean fullImport,
                            Map<String, String> departmentChoices) {

    /** The choice to create a department whose name is close to an existing one's. */
    public static final String CREATE_NEW = "+new";

    public static final ImportOptions DEFAULT = new ImportOptions(ImportEncoding.AUTO, Map.of(), false);

    public ImportOptions {
        mapping = Map.copyOf(mapping);
        departmentChoices = Map.copyOf(departmentChoices);
    }

    public ImportOptions(ImportEncoding encoding, Map<String, String> mapping, boolean fullImport) {
        this(encoding, mapping, fullImport, Map.of());
    }

    /** The name of the file stands for this existing department. */
    public ImportOptions withDepartmentMapped(String nameInFile, DepartmentId department) {
        return withDepartmentChoice(nameInFile, department.value());
    }

    /** The name of the file is a new department, although close to an existing one. */
    public ImportOptions withDepartmentCreated(String nameInFile) {
        return withDepartmentChoice(nameInFile, CREATE_NEW);
    }

    private ImportOptions withDepartmentChoice(String nameInFile, String choice) {
        Map<String, String> choices = new java.util.HashMap<>(departmentChoices);
        choices.put(nameInFile, choice);
        return new ImportOptions(encoding, mapping, fullImport, choices);
    }

    public ImportOptions withMapping(Map<String, String> mapping) {
        return new ImportOptions(encoding, mapping, fullImport, departmentChoices);
    }

    public ImportOptions withFullImport(boolean fullImport) {
        return new ImportOptions(encoding, mapping, fullImport, departmentChoices);
    }

    public ImportOptions withEncoding(ImportEncoding encoding) {
        return new ImportOptions(encoding, mapping, fullImport, departmentChoices);
    }
}
