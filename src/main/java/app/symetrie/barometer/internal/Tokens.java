package app.symetrie.barometer.internal;

import app.symetrie.common.Hashes;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Survey link tokens and kiosk codes as the store sees them: only their SHA-256. Looking a token up by its hash (an
 * indexed equality) means the time a lookup takes tells nothing about how close a guess was to a stored token.
 */
public final class Tokens {

    /** Crockford's base32: no I, L, O or U, so a code typed from paper is not misread. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** 16 characters of 5 bits: 80 random bits, typed in four groups of four. */
    public static final int KIOSK_CODE_CHARS = 16;
    private static final Pattern LINK_TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** SHA-256 of a token, hex: what the store keeps instead of the token. */
    public static String hash(String token) {
        return Hashes.sha256Hex(token);
    }

    /** Whether a string has the shape of a survey link token (what is not is refused without a lookup). */
    public static boolean looksLikeLinkToken(String token) {
        return LINK_TOKEN.matcher(token).matches();
    }

    /** A fresh kiosk code, e.g. {@code 7K2M-QX9D-4TRB-H3WZ}. */
    public static String newKioskCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < KIOSK_CODE_CHARS; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * A kiosk code as typed (spaces, dashes, lower case, O for 0, I or L for 1) in its canonical form, or an empty
     * string when it cannot be one.
     */
    public static String normalizeKioskCode(String typed) {
        String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (plain.length() != KIOSK_CODE_CHARS) {
            return "";
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return "";
            }
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(c);
        }
        return code.toString();
    }
}
