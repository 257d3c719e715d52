package io.fairdraw.system.clock;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Instants are zone-free, but every business date (today's
 * date for certificate validity, catalog effective dates, the 31 March plan deadline, the
 * 20-working-day publication deadline) is a date in China Standard Time: a certificate that
 * expires today must not still be valid until 08:00 because the server runs on UTC.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(BUSINESS_ZONE);
    }
}
