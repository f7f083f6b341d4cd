package app.symetrie.security.internal;

import app.symetrie.common.Hashes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import app.symetrie.mail.MailService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Component;

/**
 * Sign-in link tokens in MongoDB, so that a link asked for on one instance works on another: 256 random bits, stored
 * as their SHA-256 hash only (a copy of the store holds no usable link), used once — taken with one atomic
 * find-and-remove, so two clicks at the same moment sign in once — and refused after their expiry. The outbox's copy
 * of the e-mail is forgotten with the token.
 */
@Component
public class MongoOneTimeTokenService implements OneTimeTokenService {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final MailService mail;
    private final SecureRandom random = new SecureRandom();

    MongoOneTimeTokenService(MongoTemplate mongo, Clock clock, MailService mail) {
        this.mongo = mongo;
        this.clock = clock;
        this.mail = mail;
    }

    /**
     * The outbox tag of the e-mail that carries a token: its copy in the outbox is forgotten once the token is used
     * or expired, so the outbox keeps no link that still works longer than the link itself.
     */
    public static String mailTag(String token) {
        return "sign-in:" + hash(token);
    }

    @Override
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        Instant now = clock.instant();
        for (SignInTokenDocument expired : mongo.findAllAndRemove(Query.query(Criteria.where("expiresAt").lte(now)),
                SignInTokenDocument.class)) {
            mail.forget("sign-in:" + expired.hash());
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(request.getExpiresIn());
        mongo.insert(new SignInTokenDocument(hash(token), request.getUsername(), expiresAt));
        return new DefaultOneTimeToken(token, request.getUsername(), expiresAt);
    }

    @Override
    public @Nullable OneTimeToken consume(OneTimeTokenAuthenticationToken authentication) {
        String token = authentication.getTokenValue();
        if (token == null || token.isEmpty() || token.length() > 100) {
            return null;
        }
        SignInTokenDocument stored = mongo.findAndRemove(Query.query(Criteria.where("_id").is(hash(token))),
                SignInTokenDocument.class);
        if (stored == null) {
            return null;
        }
        mail.forget("sign-in:" + stored.hash());
        if (!stored.expiresAt().isAfter(clock.instant())) {
            return null;
        }
        return new DefaultOneTimeToken(token, stored.email(), stored.expiresAt());
    }

    public static String hash(String token) {
        return Hashes.sha256Hex(token);
    }
}
