package app.symetrie.board.internal;

/** Field names inside rollup documents. Codes contain dots, which MongoDB field names cannot: they become '~'. */
public final class RollupKeys {

    public static final String COLLECTION = "rollups";
    public static final String COMPANY = "company";

    private RollupKeys() {
    }

    public static String field(String code) {
        return code.replace('.', '~');
    }

    public static String code(String field) {
        return field.replace('~', '.');
    }

    public static String id(String waveId, String unitType, String unitId) {
        return waveId + "|" + unitType + "|" + unitId;
    }
}
