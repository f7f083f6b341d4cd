package app.symetrie.barometer;

import app.symetrie.common.UserFacingException;
import java.util.Map;

/**
 * The answer cannot be stored as it is. {@code missing} maps a question (statement or tool code, or
 * {@code recommend}) to the message key to show next to it; nothing was written.
 */
public class AnswerRejected extends UserFacingException {

    private final transient Map<String, String> missing;

    public AnswerRejected(Map<String, String> missing) {
        super("barometer.error.incomplete", missing.size());
        this.missing = Map.copyOf(missing);
    }

    public Map<String, String> missing() {
        return missing;
    }
}
