package app.symetrie.action;

/** What an action addresses: a kind and a code of the barometer's catalog (checked against it by the service). */
public record Target(TargetKind kind, String code) {

    public static final int CODE_MAX = 40;

    public Target {
        if (kind == null) {
            throw new IllegalArgumentException("action.error.target.required");
        }
        code = code == null ? "" : code.strip();
        if (code.isEmpty() || code.length() > CODE_MAX) {
            throw new IllegalArgumentException("action.error.target.required");
        }
    }
}
