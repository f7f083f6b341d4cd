package app.symetrie.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.test.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The store-backed counters behind both sign-in throttles, on a clock the test moves. */
@IntegrationTest
class SignInThrottleIT {

    @Autowired
    MongoTemplate mongo;

    final MongoOneTimeTokenServiceIT.MovableClock clock = new MongoOneTimeTokenServiceIT.MovableClock();

    @Test
    void failures_lock_a_key_until_its_window_ends_and_only_that_key() {
        SignInThrottle throttle = new SignInThrottle(mongo, clock);
        Duration window = Duration.ofMinutes(15);
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.add("t-lock", "someone@example.com", window)).isEqualTo(i);
            assertThat(throttle.exceeded("t-lock", "someone@example.com", 5, window)).isFalse();
        }
        throttle.add("t-lock", "someone@example.com", window);
        assertThat(throttle.exceeded("t-lock", "someone@example.com", 5, window)).isTrue();
        assertThat(throttle.exceeded("t-lock", "other@example.com", 5, window)).isFalse();
        // checking counts nothing
        assertThat(throttle.exceeded("t-lock", "other@example.com", 1, window)).isFalse();

        clock.now = clock.now.plus(window);
        assertThat(throttle.exceeded("t-lock", "someone@example.com", 5, window)).isFalse();
    }

    @Test
    void keys_are_stored_hashed() {
        SignInThrottle throttle = new SignInThrottle(mongo, clock);
        throttle.add("t-hash", "secret.person@example.com", Duration.ofMinutes(1));
        assertThat(mongo.findAll(ThrottleDocument.class)).extracting(ThrottleDocument::id)
                .noneMatch(id -> id.contains("secret.person"));
    }
}
