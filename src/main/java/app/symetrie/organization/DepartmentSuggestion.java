package app.symetrie.organization;

import org.jspecify.annotations.Nullable;

/**
 * A department name of an HRIS file that matches no department but is close to one: "did you mean «Comptabilité»?".
 * Nothing is created until the administrator chooses ({@link ImportOptions#withDepartmentMapped},
 * {@link ImportOptions#withDepartmentCreated}) and previews again.
 *
 * @param nameInFile     the name as the file first writes it
 * @param suggested      the existing department it is probably meant to be
 * @param suggestedName  that department's name
 * @param choice         what the administrator chose; null while they have not
 */
public record DepartmentSuggestion(String nameInFile, DepartmentId suggested, String suggestedName,
                                   @Nullable Choice choice) {

    /** The administrator's answer. */
    public enum Choice {
        /** The name stands for the suggested department: its people join it. */
        MAP_TO_SUGGESTED,
        /** The name is a new department. */
        CREATE_NEW
    }
}
