package app.symetrie.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.mail.MailService;
import app.symetrie.test.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;

/** Sign-in link tokens in the store: expiry and clean-up, on a clock the test moves. */
@IntegrationTest
class MongoOneTimeTokenServiceIT {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    MailService mail;

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void an_expired_token_signs_in_nobody_and_is_cleaned_up() {
        MovableClock clock = new MovableClock();
        MongoOneTimeTokenService tokens = new MongoOneTimeTokenService(mongo, clock, mail);
        var token = tokens.generate(new GenerateOneTimeTokenRequest("late@company.example", Duration.ofMinutes(15)));
        var fresh = tokens.generate(new GenerateOneTimeTokenRequest("early@company.example", Duration.ofMinutes(15)));
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(token.getTokenValue()))).isNull();
        tokens.generate(new GenerateOneTimeTokenRequest("next@company.example", Duration.ofMinutes(15)));
        assertThat(mongo.exists(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id")
                        .is(MongoOneTimeTokenService.hash(fresh.getTokenValue()))), SignInTokenDocument.class))
                .as("expired tokens are removed").isFalse();
    }

    @Test
    void a_token_within_its_validity_signs_in_once() {
        MovableClock clock = new MovableClock();
        MongoOneTimeTokenService tokens = new MongoOneTimeTokenService(mongo, clock, mail);
        var token = tokens.generate(new GenerateOneTimeTokenRequest("once@company.example", Duration.ofMinutes(15)));
        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertThat(tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(token.getTokenValue())))
                .as("still valid a minute before it expires").extracting(t -> t.getUsername())
                .isEqualTo("once@company.example");
        assertThat(tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(token.getTokenValue()))).isNull();
    }
}
