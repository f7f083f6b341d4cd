package app.symetrie.store;

import com.mongodb.MongoCredential;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret the embedded store requires before it serves anything, checked with SCRAM-SHA-256 (RFC 5802 / 7677),
 * the mechanism the official driver speaks: the server keeps only the salted keys, and the secret itself never
 * crosses the wire. By default it is drawn at random at every start and never leaves the process; with
 * {@code symetrie.store.embedded.expose=true} it comes from configuration so that another instance can present it.
 */
final class StoreSecret {

    static final String USER = "symetrie";
    static final String AUTH_SOURCE = "admin";
    static final String MECHANISM = "SCRAM-SHA-256";
    /** MongoDB's own default for SCRAM-SHA-256; the driver refuses fewer than 4096. */
    static final int ITERATIONS = 15_000;
    static final int MIN_CONFIGURED_LENGTH = 32;
    /** Printable ASCII without spaces: SASLprep leaves it unchanged, so both sides hash the same bytes. */
    private static final Pattern CONFIGURABLE = Pattern.compile("[\\x21-\\x7E]{" + MIN_CONFIGURED_LENGTH + ",}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final char[] password;
    private final byte[] salt;
    private final byte[] storedKey;
    private final byte[] serverKey;

    private StoreSecret(char[] password) {
        this.password = password;
        this.salt = randomBytes(16);
        byte[] saltedPassword = pbkdf2(password, salt);
        byte[] clientKey = hmac(saltedPassword, "Client Key");
        this.storedKey = sha256(clientKey);
        this.serverKey = hmac(saltedPassword, "Server Key");
    }

    /** A fresh 256-bit secret, for this run only. */
    static StoreSecret random() {
        return new StoreSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32)).toCharArray());
    }

    /** The secret shared with other instances by configuration. */
    static StoreSecret configured(String secret) {
        if (!CONFIGURABLE.matcher(secret).matches()) {
            throw new IllegalStateException("symetrie.store.embedded.secret must be at least " + MIN_CONFIGURED_LENGTH
                    + " printable ASCII characters without spaces (e.g. the output of `openssl rand -hex 32`)");
        }
        return new StoreSecret(secret.toCharArray());
    }

    /** What the application's own driver presents. */
    MongoCredential credential() {
        return MongoCredential.createScramSha256Credential(USER, AUTH_SOURCE, password.clone());
    }

    String saltBase64() {
        return Base64.getEncoder().encodeToString(salt);
    }

    /** Whether {@code clientProof} proves knowledge of the secret for this exchange ({@code authMessage}). */
    boolean acceptsProof(byte[] clientProof, String authMessage) {
        byte[] clientSignature = hmac(storedKey, authMessage);
        if (clientProof.length != clientSignature.length) {
            return false;
        }
        byte[] clientKey = new byte[clientProof.length];
        for (int i = 0; i < clientKey.length; i++) {
            clientKey[i] = (byte) (clientProof[i] ^ clientSignature[i]);
        }
        return MessageDigest.isEqual(sha256(clientKey), storedKey);
    }

    /** Proves to the client that this server knows the secret too. */
    byte[] serverSignature(String authMessage) {
        return hmac(serverKey, authMessage);
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] pbkdf2(char[] password, byte[] salt) {
        try {
            // Hi() of RFC 5802 is PBKDF2 with HMAC-SHA-256 and one output block
            PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
