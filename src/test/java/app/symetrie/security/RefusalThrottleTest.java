package app.symetrie.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.common.Hashes;
import org.junit.jupiter.api.Test;

/** What the audit log shows of a client refused on a survey link or a kiosk code (decision 017). */
class RefusalThrottleTest {

    @SuppressWarnings("DataFlowIssue") // the tag needs no counters
    private static RefusalThrottle started() {
        return new RefusalThrottle(null);
    }

    @Test
    void a_client_keeps_its_tag_until_the_next_start_and_two_clients_differ() {
        RefusalThrottle throttle = started();
        String tag = throttle.clientTag("203.0.113.5");
        assertThat(tag).matches("[0-9a-f]{12}");
        assertThat(throttle.clientTag("203.0.113.5")).isEqualTo(tag);
        assertThat(throttle.clientTag("203.0.113.6")).isNotEqualTo(tag);
    }

    @Test
    void the_tag_cannot_be_found_back_from_the_address_by_a_plain_hash_nor_after_a_restart() {
        String ip = "203.0.113.5";
        String tag = started().clientTag(ip);
        assertThat(Hashes.sha256Hex(ip)).as("trying every IPv4 address through SHA-256 finds nothing")
                .doesNotStartWith(tag);
        assertThat(started().clientTag(ip)).as("a new key at every start").isNotEqualTo(tag);
    }
}
