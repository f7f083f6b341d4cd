package app.symetrie.common;

import java.util.Arrays;

/**
 * A value object refused one of its values. It names the field (the record component that holds the value) and the
 * translation key of the message, so a form shows the message on that field without reading the message's text.
 */
public class InvalidValueException extends UserFacingException {

    private final String field;

    /**
     * @param field      the record component that holds the refused value, e.g. {@code "monthlyHours"}
     * @param messageKey the translation key of the message shown to the person
     */
    public InvalidValueException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public String toString() {
        return "InvalidValueException[" + field + ": " + getMessage() + " " + Arrays.toString(arguments()) + "]";
    }
}
