package app.symetrie.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void e_mail_addresses_are_replaced_and_the_rest_of_the_message_kept() {
        assertThat(LogSafe.redact("550 5.1.1 <Jeanne.Martin@demo.symetrie.fr>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <<e-mail>>: Recipient address rejected");
        assertThat(LogSafe.redact(null)).isEmpty();
        assertThat(LogSafe.redact("Connection refused: localhost:25")).isEqualTo("Connection refused: localhost:25");
    }
}
