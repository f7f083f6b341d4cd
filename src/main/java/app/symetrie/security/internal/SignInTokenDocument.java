package app.symetrie.security.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A sign-in link's token as stored: only its SHA-256 hash (the link itself is in the person's mailbox alone), whose
 * it is and until when it serves. Deleted when used, and when expired.
 */
@Document("sign_in_tokens")
public record SignInTokenDocument(@Id String hash, String email, @Indexed Instant expiresAt) {
}
