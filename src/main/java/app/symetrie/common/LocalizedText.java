package app.symetrie.common;

import java.util.Locale;

/** A text in both languages of the product; both are required. */
public record LocalizedText(String fr, String en) {

    public static final int MAX_LENGTH = 300;

    public LocalizedText {
        if (fr == null || fr.isBlank() || en == null || en.isBlank()) {
            throw new IllegalArgumentException("error.text.both-languages");
        }
        fr = fr.strip();
        en = en.strip();
        if (fr.length() > MAX_LENGTH || en.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("error.text.too-long");
        }
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : fr;
    }
}
