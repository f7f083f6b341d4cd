package app.symetrie.security;

import app.symetrie.security.internal.SignInThrottle;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Throttling for the ways in that carry a bearer secret instead of a login — personal survey links and kiosk codes
 * (docs/decisions/017-throttling-links-and-kiosk.md). It counts <em>refusals</em> per client, in the same MongoDB
 * counters as the sign-in link throttle (fixed windows, counters deleted when their window ends): guessing is what
 * fails, while a shared kiosk tablet or a shop's phones behind one address answering with good codes never count, and
 * an answer that goes through writes nothing here. Once a client has had its allowance of refusals in a window, it is
 * refused before anything is looked up.
 *
 * <p>The client is known to the counters and the audit log only by a keyed hash under a key that lives in this
 * instance's memory (new at every start): unlike a plain SHA-256, it cannot be turned back into an IPv4 address by
 * trying all 2<sup>32</sup> of them. The price: each instance counts on its own, and a restart starts the counts again.
 */
@Component
public class RefusalThrottle {

    /** What the audit log shows of a client: 12 hex characters of a keyed hash. */
    private static final int TAG_CHARS = 12;

    private final SignInThrottle counters;
    /** Lives in memory only, new at every start: a copy of the store and audit log cannot turn a tag back into an IP. */
    private final byte[] tagKey = new byte[32];

    RefusalThrottle(SignInThrottle counters) {
        this.counters = counters;
        new SecureRandom().nextBytes(tagKey);
    }

    /** Whether this client may still try: false once it had {@code limit} refusals of this kind in the window. */
    @PreAuthorize("permitAll()")
    public boolean allows(String kind, String client, int limit, Duration window) {
        return counters.count(kind, keyed(client), window) < limit;
    }

    /** Counts one refusal of this client; returns how many it had in the current window, this one included. */
    @PreAuthorize("permitAll()")
    public int refused(String kind, String client, Duration window) {
        return counters.add(kind, keyed(client), window);
    }

    /**
     * A short tag telling clients apart in the audit log without naming them (the start of the keyed hash the counters
     * use). The same client has the same tag until the next start.
     */
    @PreAuthorize("permitAll()")
    public String clientTag(String client) {
        return keyed(client).substring(0, TAG_CHARS);
    }

    private String keyed(String client) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(tagKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(client.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
