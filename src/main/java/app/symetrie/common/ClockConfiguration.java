package app.symetrie.common;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time comes from this clock, so schedules and waves can be tested with a fixed one. Its zone is the company's
 * ({@code symetrie.time-zone}, default Europe/Paris), not the server's: waves open and close at the company's
 * midnight and dates are shown in its local time, wherever the server runs (containers default to UTC).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${symetrie.time-zone:Europe/Paris}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
