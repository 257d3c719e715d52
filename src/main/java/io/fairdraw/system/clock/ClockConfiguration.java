package io.fairdraw.system.clock;

import io.fairdraw.shared.BusinessClock;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application: where the time comes from (the integration tests replace it
 * with a movable one). Business dates and the zone come from {@link BusinessClock} (issue 22 item 3).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(BusinessClock.ZONE);
    }
}
