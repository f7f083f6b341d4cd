package app.symetrie.organization.internal.hris;

/** The translation keys of the problems an HRIS file can have ({@code import.reason.*}). */
public final class ImportReasons {

    /** The file has no header line at all. */
    public static final String FILE_EMPTY = "import.reason.file-empty";
    /** A header but no data line. */
    public static final String NO_DATA = "import.reason.no-data";
    /** The file is not valid UTF-8 (often: an Excel "CSV" saved in Windows-1252). */
    public static final String NOT_UTF8 = "import.reason.not-utf8";
    /** The CSV itself is broken, e.g. a quote never closed. */
    public static final String MALFORMED = "import.reason.malformed";
    public static final String MISSING_COLUMN = "import.reason.missing-column";
    /** {0}: the other header naming the same column. */
    public static final String DUPLICATE_COLUMN = "import.reason.duplicate-column";
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
    public static final String MANAGER_INVALID = "import.reason.manager-invalid";
    public static final String LOCALE_INVALID = "import.reason.locale-invalid";

    private ImportReasons() {
    }
}
