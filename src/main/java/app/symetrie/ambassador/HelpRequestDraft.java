package app.symetrie.ambassador;

import app.symetrie.common.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * An employee's request for help, as the form sends it. The form creates the id when it opens, so a double submit
 * creates one request.
 *
 * @param tool  a tool code of the barometer's catalog, or null
 * @param topic a pain-point code of the barometer's catalog, or null
 */
public record HelpRequestDraft(HelpRequestId id, AmbassadorId ambassadorId, @Nullable String tool,
                               @Nullable String topic, CoachingFormat preferredFormat, String message) {

    public static final int MESSAGE_MAX = 500;

    public HelpRequestDraft {
        message = message == null ? "" : message.strip();
        if (message.isEmpty()) {
            throw new InvalidValueException("message", "ambassador.error.message.required");
        }
        if (message.length() > MESSAGE_MAX) {
            throw new InvalidValueException("message", "ambassador.error.text.too-long");
        }
        if (preferredFormat == null) {
            throw new InvalidValueException("preferredFormat", "ambassador.error.format.required");
        }
    }
}
