package app.symetrie.common;

import java.util.Arrays;

/**
 * A refusal the user can act on. The message is a translation key; the UI shows its translation with the arguments.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return "UserFacingException[" + getMessage() + " " + Arrays.toString(arguments) + "]";
    }
}
