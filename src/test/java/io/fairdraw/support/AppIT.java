package io.fairdraw.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * An integration test against the whole application on a random port and the embedded
 * PostgreSQL (demo data seeded). Every test class using exactly this annotation shares one
 * Spring context and one database, so tests create their own uniquely named data. The clock is a
 * {@link MovableClock} (system time unless a test moves it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// bcrypt cost 4 instead of 10: the suite signs in thousands of times (SecurityConfiguration).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "fairdraw.security.bcrypt-strength=4")
@Import(MovableClock.Config.class)
public @interface AppIT {
}
