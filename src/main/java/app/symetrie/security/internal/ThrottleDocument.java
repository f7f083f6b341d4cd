package app.symetrie.security.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One counter of the sign-in throttle (links, password form): a kind, the SHA-256 of what is counted (an address, a client) and the
 * start of its window, so that no address or IP is stored in clear; deleted once its window is over.
 */
@Document("sign_in_throttle")
public record ThrottleDocument(@Id String id, int count, @Indexed Instant expiresAt) {
}
