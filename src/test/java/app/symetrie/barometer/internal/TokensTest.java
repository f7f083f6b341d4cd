package app.symetrie.barometer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensTest {

    @Test
    void kiosk_codes_are_sixteen_unambiguous_characters_and_are_read_back_however_typed() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = Tokens.newKioskCode();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
            assertThat(Tokens.normalizeKioskCode(code.toLowerCase().replace("-", " "))).isEqualTo(code);
            seen.add(code);
        }
        assertThat(seen).hasSize(2000);
        assertThat(Tokens.normalizeKioskCode("o1il-0000-0000-0000")).as("O read as 0, I and L as 1")
                .isEqualTo("0111-0000-0000-0000");
        assertThat(Tokens.normalizeKioskCode("UUUU-0000-0000-0000")).as("U is not in the alphabet").isEmpty();
        assertThat(Tokens.normalizeKioskCode("0000-0000-0000")).as("too short").isEmpty();
        assertThat(Tokens.normalizeKioskCode("{\"$ne\": null}")).isEmpty();
    }

    @Test
    void a_link_token_is_256_bits_stable_for_its_participation_and_the_store_sees_only_its_hash(@TempDir Path dir) {
        BallotSeal seal = new BallotSeal("", dir.resolve("ballot.key"));
        String token = seal.linkToken("participation-1");
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(Tokens.looksLikeLinkToken(token)).isTrue();
        assertThat(seal.linkToken("participation-1")).as("the reminder carries the invitation's link").isEqualTo(token);
        assertThat(seal.linkToken("participation-2")).isNotEqualTo(token);
        assertThat(new BallotSeal("", dir.resolve("other.key")).linkToken("participation-1"))
                .as("another key, another link: the store alone cannot make one").isNotEqualTo(token);
        assertThat(Tokens.hash(token)).hasSize(64).doesNotContain(token);
        assertThat(Tokens.looksLikeLinkToken(token + "=")).isFalse();
        assertThat(Tokens.looksLikeLinkToken("")).isFalse();
    }
}
