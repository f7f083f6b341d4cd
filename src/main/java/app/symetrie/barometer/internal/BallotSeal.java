package app.symetrie.barometer.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The ballot box's key: seals a ballot (AES-256-GCM, the wave as associated data, the plain text padded to a fixed
 * size so that a ballot's length tells nothing of its comment) and derives the ids that released answers get.
 * <p>
 * The key never lives in the database: it comes from {@code symetrie.ballot.key} (base64, 32 bytes — what several
 * instances share) or from a key file outside the store ({@code symetrie.ballot.key-file}, created owner-only on
 * first use). See docs/ANONYMITY.md for who may hold what.
 */
@Component
public class BallotSeal {

    private static final Logger log = LoggerFactory.getLogger(BallotSeal.class);

    /**
     * Every sealed plain text is padded to a multiple of this: one size for every ballot of the default
     * questionnaire, whatever its comment (at most 2,000 characters, base64 of UTF-8: at most 8,000 bytes).
     */
    static final int PAD = 12288;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey encryption;
    private final SecretKey derivation;
    private final SecretKey links;
    private final SecureRandom random = new SecureRandom();

    BallotSeal(@Value("${symetrie.ballot.key:}") String key,
               @Value("${symetrie.ballot.key-file:keys/ballot.key}") Path keyFile) {
        byte[] master = key.isBlank() ? fromFile(keyFile) : decode(key);
        this.encryption = new SecretKeySpec(derive(master, "symetrie ballot encryption"), "AES");
        this.derivation = new SecretKeySpec(derive(master, "symetrie released ids"), "HmacSHA256");
        this.links = new SecretKeySpec(derive(master, "symetrie survey links"), "HmacSHA256");
        Arrays.fill(master, (byte) 0);
    }

    private static byte[] decode(String key) {
        byte[] bytes = Base64.getDecoder().decode(key.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("symetrie.ballot.key must be 32 bytes, base64-encoded");
        }
        return bytes;
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the ballot key " + file.toAbsolutePath(), e);
        }
    }

    private static void create(Path file) throws IOException {
        Path folder = Objects.requireNonNull(file.toAbsolutePath().getParent(), "a key file lies in a folder");
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException createdMeanwhile) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        log.info("Ballot key created in {} — keep it out of the store's backups, and keep a copy apart "
                + "(ballots of a wave still open cannot be released without it)", file.toAbsolutePath());
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Seals a ballot's plain text: nonce ‖ cipher text, always the same length for the same PAD. The wave and the
     * ballot's own id are authenticated with it, so a ballot copied under another id (or into another wave) does not
     * open.
     */
    public byte[] seal(String waveId, String ballotId, String plain) {
        byte[] text = plain.getBytes(StandardCharsets.UTF_8);
        int size = ((text.length + 4) / PAD + 1) * PAD;
        ByteBuffer padded = ByteBuffer.allocate(size).putInt(text.length).put(text);
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated(waveId, ballotId));
            byte[] sealed = cipher.doFinal(padded.array());
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] associated(String waveId, String ballotId) {
        return (waveId + '/' + ballotId).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Opens a sealed ballot.
     *
     * @throws IllegalStateException when it was sealed with another key, for another wave or another id, or was
     *                               tampered with
     */
    public String open(String waveId, String ballotId, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            cipher.updateAAD(associated(waveId, ballotId));
            ByteBuffer padded = ByteBuffer.wrap(cipher.doFinal(sealed, NONCE, sealed.length - NONCE));
            byte[] text = new byte[padded.getInt()];
            padded.get(text);
            return new String(text, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("A ballot could not be opened: wrong ballot key, or the ballot was "
                    + "altered", e);
        }
    }

    /**
     * The id a released document gets from its ballot: the same every time (a release that resumes after a crash
     * writes nothing twice), and unlinkable to the ballot without the key.
     */
    /**
     * The personal survey link token of a participation: 256 bits, HMAC of the participation's random id under a key
     * derived from the ballot key — so the invitation and every reminder carry the same link while the store keeps
     * only its hash ({@link Tokens#hash}); a copy of the store alone cannot make a link. Base64url, 43 characters.
     */
    public String linkToken(String participationId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(links);
            byte[] digest = mac.doFinal(("survey-link:" + participationId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The id of the ballot a claim casts: derived from the claim's random value under the key, so that a submit cut
     * short by a crash can be told to have cast its ballot or not, while a copy of the store alone cannot tie the
     * claimed participation to its ballot.
     */
    public String ballotIdFor(String claim) {
        return releasedId("ballot", claim);
    }

    public String releasedId(String purpose, String ballotId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(derivation);
            byte[] digest = mac.doFinal((purpose + ':' + ballotId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
