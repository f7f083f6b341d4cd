package app.symetrie.barometer;

import app.symetrie.common.LocalizedText;
import java.util.regex.Pattern;

/** A tool of the company or a pain-point category: a stable code and its label in both languages. */
public record CatalogItem(String code, LocalizedText label) {

    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_.-]{0,39}");

    public CatalogItem {
        requireCode(code);
    }

    static String requireCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("error.questionnaire.code");
        }
        return code;
    }
}
