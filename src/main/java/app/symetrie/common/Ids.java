package app.symetrie.common;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Random identifiers. Never MongoDB ObjectIds: those embed a creation timestamp (docs/PRODUCT.md, Anonymity), so every
 * document of ours gets 128 random bits instead.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
