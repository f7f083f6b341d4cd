package app.symetrie.organization.internal.hris;

/** The translation keys of the problems an HRIS file can have ({@code import.reason.*}). */
public final class ImportReasons {

    /** The file has no header line at all. */
    public static final String FILE_EMPTY = "import.reason.file-empty";
    /** A header but no data line. */
    public static final String NO_DATA = "import.reason.no-data";
    /** The file is not valid UTF-8 (often: an Excel "CSV" saved in Windows-1252). */
    public static final String NOT_UTF8 = "import.reason.not-utf8";
    /** The admin chose Windows-1252 but the file is UTF-8 text (reading it so would garble every accent). */
    public static final String LOOKS_UTF8 = "import.reason.looks-utf8";
    /** Part of the file is UTF-8 and part is not: two files pasted together; any reading garbles one part. */
    public static final String MIXED_ENCODINGS = "import.reason.mixed-encodings";
    /** A byte Windows-1252 leaves undefined, in a file read as Windows-1252. */
    public static final String NOT_WINDOWS_1252 = "import.reason.not-windows-1252";
    /** Neither UTF-8 nor Windows-1252: not a text file (a spreadsheet saved as .xlsx and renamed?). */
    public static final String NOT_TEXT = "import.reason.not-text";
    /** The CSV itself is broken, e.g. a quote never closed. */
    public static final String MALFORMED = "import.reason.malformed";
    public static final String MISSING_COLUMN = "import.reason.missing-column";
    /** {0}: the other header naming the same column. */
    public static final String DUPLICATE_COLUMN = "import.reason.duplicate-column";
    /** {0}: the header the mapping names. */
    public static final String MAPPED_COLUMN_ABSENT = "import.reason.mapped-column-absent";
    /** {0}: the header, {1} and {2}: the two fields mapped to it. */
    public static final String MAPPED_TWICE = "import.reason.mapped-twice";
    /** {0}: fields expected, {1}: fields found. */
    public static final String FIELD_COUNT = "import.reason.field-count";
    public static final String REQUIRED = "import.reason.required";
    /** {0}: the maximum length. */
    public static final String TOO_LONG = "import.reason.too-long";
    public static final String EMAIL_INVALID = "import.reason.email-invalid";
    /** {0}: the line where the e-mail first appeared. */
    public static final String EMAIL_DUPLICATE = "import.reason.email-duplicate";
    /** {0}: the department name. */
    public static final String DEPARTMENT_KIND_MISSING = "import.reason.department-kind-missing";
    public static final String DEPARTMENT_KIND_INVALID = "import.reason.department-kind-invalid";
    /** {0}: the line that gave the department another kind. */
    public static final String DEPARTMENT_KIND_CONFLICT = "import.reason.department-kind-conflict";
    /** {0}: the line where the employee number first appeared. */
    public static final String NUMBER_DUPLICATE = "import.reason.number-duplicate";
    /** {0}: the employee number stored for this e-mail. */
    public static final String NUMBER_MISMATCH = "import.reason.number-mismatch";
    /** {0}: the employee number (or "—") of the other person who has this e-mail. */
    public static final String EMAIL_OF_OTHER = "import.reason.email-of-other";
    /** {0}: the line that already matched the same stored person. */
    public static final String SAME_PERSON_TWICE = "import.reason.same-person-twice";
    public static final String PARENT_SELF = "import.reason.parent-self";
    /** {0}: the other parent, {1}: the line that gave it. */
    public static final String PARENT_CONFLICT = "import.reason.parent-conflict";
    /** {0}: the department, {1}: its current parent. */
    public static final String PARENT_MOVED = "import.reason.parent-moved";
    /** {0}: the department. */
    public static final String PARENT_MOVED_TOP = "import.reason.parent-moved-top";
    /** {0}: the department. */
    public static final String PARENT_CYCLE = "import.reason.parent-cycle";
    public static final String REPORTS_TO_SELF = "import.reason.reports-to-self";
    public static final String REPORTS_TO_UNKNOWN = "import.reason.reports-to-unknown";
    public static final String MANAGER_INVALID = "import.reason.manager-invalid";
    public static final String LOCALE_INVALID = "import.reason.locale-invalid";

    private ImportReasons() {
    }
}
