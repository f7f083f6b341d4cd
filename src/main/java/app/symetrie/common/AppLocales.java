package app.symetrie.common;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The languages the UI speaks. French first: our users are French and European companies. */
public final class AppLocales {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(FRENCH, ENGLISH);

    private AppLocales() {
    }

    /** Parses "fr", "FR", "fr-FR", "français", "en", "english"…; null when the value is not a supported language. */
    public static @Nullable Locale parse(@Nullable String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("fr")) {
            return FRENCH;
        }
        if (v.startsWith("en") || v.startsWith("an")) {
            return ENGLISH;
        }
        return null;
    }

    public static Locale orDefault(String tag) {
        Locale parsed = parse(tag);
        return parsed == null ? FRENCH : parsed;
    }
}
