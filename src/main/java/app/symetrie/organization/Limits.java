package app.symetrie.organization;

/** Field limits shared by the records, the forms and the HRIS import. */
public final class Limits {
    public static final int NAME_MAX = 100;
    public static final int PERSON_NAME_MAX = 80;

    private Limits() {
    }

    static String requireName(String value, int max, String requiredKey, String tooLongKey) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(requiredKey);
        }
        String v = value.strip().replaceAll("\\s+", " ");
        if (v.length() > max) {
            throw new IllegalArgumentException(tooLongKey);
        }
        return v;
    }
}
