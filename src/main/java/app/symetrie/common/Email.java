package app.symetrie.common;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A work e-mail address, trimmed and lower-cased so that it can serve as the key people are matched on (HRIS import,
 * login). Rejects anything that is not a plausible single address.
 */
public record Email(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern FORMAT =
            Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    public Email {
        if (value == null) {
            throw new IllegalArgumentException("error.email.required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("error.email.required");
        }
        if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches() || value.contains("..")) {
            throw new IllegalArgumentException("error.email.invalid");
        }
    }

    public static boolean isValid(String candidate) {
        try {
            new Email(candidate);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
