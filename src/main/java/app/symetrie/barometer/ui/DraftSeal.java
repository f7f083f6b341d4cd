package app.symetrie.barometer.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serial;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Makes an answer in progress readable by one person only, in one server session. The browser keeps the draft
 * (local storage) but only as an opaque blob under an opaque name: the keys that seal it and name it are random, made
 * for one account in one session, and live in that session only, never in the browser nor in the database. Another
 * account on the same browser, a later session of the same person (the session expired or was signed out) or a
 * tampered blob cannot be opened: {@link #open} says so and the caller drops the blob.
 *
 * <p>AES-256-GCM with a random 96-bit nonce per seal; the account and the wave are authenticated with the blob, so a
 * blob copied under another person's name or to another wave does not open either. See
 * {@code docs/decisions/009-survey-drafts.md}.
 */
final class DraftSeal implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Every draft's name in the browser starts with this; the same family as drafts before they were sealed. */
    static final String SLOT_PREFIX = "symetrie.barometer.draft.";

    private static final String VERSION = "1.";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Far above any real draft (a comment is at most a few thousand characters): anything longer is not ours. */
    private static final int MAX_BLOB = 64_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String owner;
    private final byte[] sealKey;
    private final byte[] nameKey;

    private DraftSeal(String owner, byte[] sealKey, byte[] nameKey) {
        this.owner = owner;
        this.sealKey = sealKey;
        this.nameKey = nameKey;
    }

    /** Fresh random keys for {@code owner} (an account's e-mail). */
    static DraftSeal newFor(String owner) {
        byte[] seal = new byte[KEY_BYTES];
        byte[] name = new byte[KEY_BYTES];
        RANDOM.nextBytes(seal);
        RANDOM.nextBytes(name);
        return new DraftSeal(owner, seal, name);
    }

    /**
     * The keys of {@code owner} in this session: {@code current} when it was made for them, new keys otherwise (the
     * first draft of the session, or another account signed in over a session that was not closed).
     */
    static DraftSeal keepOrReplace(@Nullable DraftSeal current, String owner) {
        return current != null && current.owner.equals(owner) ? current : newFor(owner);
    }

    /** The keys of {@code owner} held by the Vaadin session (which lives and dies with the HTTP session). */
    static DraftSeal ofSession(VaadinSession session, String owner) {
        DraftSeal seal = keepOrReplace(session.getAttribute(DraftSeal.class), owner);
        session.setAttribute(DraftSeal.class, seal);
        return seal;
    }

    /**
     * Where the draft of {@code wave} is kept in this browser: derived from the account and the wave with this
     * session's name key, so it says nothing about who wrote it and changes with every session.
     */
    String slot(String wave) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(nameKey, "HmacSHA256"));
            byte[] digest = mac.doFinal(context(wave));
            return SLOT_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** {@code text} sealed for this owner, session and wave: a version, then the nonce and ciphertext in base64url. */
    String seal(String wave, String text) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, wave);
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            byte[] blob = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(blob);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every JDK", e);
        }
    }

    /**
     * The text of a blob this owner sealed in this session for {@code wave}; empty for anything else: another person's
     * or another session's blob, a tampered, truncated or older-format one, or nothing.
     */
    Optional<String> open(String wave, @Nullable String blob) {
        if (blob == null || !blob.startsWith(VERSION) || blob.length() > MAX_BLOB) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(blob.substring(VERSION.length()));
            if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
                return Optional.empty();
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES), wave);
            byte[] text = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return Optional.of(new String(text, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException notOurs) {
            return Optional.empty();
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String wave) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(sealKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context(wave));
        return cipher;
    }

    /** What a blob and a slot are bound to: the account and the wave (unambiguous: no NUL in either). */
    private byte[] context(String wave) {
        return ("symetrie-draft\u0000" + owner + "\u0000" + wave).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "DraftSeal[keys hidden]";
    }
}
