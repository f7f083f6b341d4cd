package app.symetrie.common;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What may go into the application log: no personal data, no secrets (docs/PRIVACY.md). Texts we do not write
 * ourselves — an SMTP server's or an identity provider's error message — may quote an e-mail address; they are logged
 * through {@link #redact(String)}.
 */
public final class LogSafe {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+");

    private LogSafe() {
    }

    /** The text with every e-mail address replaced by {@code <e-mail>}. */
    public static String redact(@Nullable String text) {
        return text == null ? "" : EMAIL.matcher(text).replaceAll("<e-mail>");
    }
}
