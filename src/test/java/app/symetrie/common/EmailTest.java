package app.symetrie.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailTest {

    @Test
    void addresses_are_trimmed_and_lower_cased_so_they_match_across_files() {
        assertThat(new Email("  Camille.DURAND@Example.FR ").value()).isEqualTo("camille.durand@example.fr");
    }

    @ParameterizedTest
    @ValueSource(strings = {"camille", "camille@", "@example.fr", "camille@example", "a b@example.fr",
            "camille..durand@example.fr", "camille@exa_mple.fr", "x@y.fr;drop"})
    void implausible_addresses_are_rejected_with_a_translation_key(String value) {
        assertThatThrownBy(() -> new Email(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("error.email.invalid");
    }

    @Test
    void blank_address_is_reported_as_missing() {
        assertThatThrownBy(() -> new Email("   ")).hasMessage("error.email.required");
    }

    @Test
    void an_address_longer_than_the_limit_is_rejected() {
        String local = "a".repeat(250);
        assertThat(Email.isValid(local + "@example.fr")).isFalse();
    }

    @Test
    void apostrophes_and_plus_signs_are_valid() {
        assertThat(Email.isValid("o'neil+rh@example.co.uk")).isTrue();
    }
}
