package app.symetrie.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Translations outside the UI (e-mails, exports), from the same bundles as the views. */
public final class AppMessages {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private AppMessages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
