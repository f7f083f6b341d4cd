package app.symetrie.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ClockConfigurationTest {

    @Test
    void the_clock_runs_in_the_companys_time_zone_not_the_servers() {
        assertThat(new ClockConfiguration().clock("Europe/Paris").getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(new ClockConfiguration().clock("America/Martinique").getZone())
                .isEqualTo(ZoneId.of("America/Martinique"));
    }
}
