package io.fairdraw.organization.domain;

import io.fairdraw.organization.OrganizationSetup;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * issue 18 §8: a production start ({@code fairdraw.security.refuse-demo-passwords=true}, set in
 * application-prod.properties) refuses to run while any account still has the published demo
 * password, and warns while the demo accounts exist. Runs after Flyway and before the web server
 * opens. Seeding and every password change record whether the password is the demo one, so only
 * accounts from before that record cost a bcrypt, once.
 */
@Component
class DemoPasswordCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoPasswordCheck.class);

    record Result(List<String> withDemoPassword, List<String> demoAccounts) {
    }

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final OrganizationSetup setup;
    private final boolean refuse;

    DemoPasswordCheck(JdbcClient jdbc, AccountRepository accounts, PasswordEncoder encoder, OrganizationSetup setup,
                      @Value("${fairdraw.security.refuse-demo-passwords:false}") boolean refuse) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.encoder = encoder;
        this.setup = setup;
        this.refuse = refuse;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (refuse) {
            enforce(check());
        }
    }

    /** Throws when an account has the demo password; logs a warning when demo accounts exist. */
    static void enforce(Result r) {
        if (!r.demoAccounts().isEmpty()) {
            log.warn("Demo accounts exist in this database: {}. Disable or remove them before production use.",
                    r.demoAccounts());
        }
        if (!r.withDemoPassword().isEmpty()) {
            throw new IllegalStateException("Refusing to start in production: these accounts still have the "
                    + "published demo password " + OrganizationSetup.DEMO_PASSWORD + ": " + r.withDemoPassword()
                    + ". Start without the prod profile, sign in as ADMIN and reset their passwords (or disable "
                    + "them), then start again.");
        }
    }

    Result check() {
        List<Map<String, Object>> unknown = jdbc.sql("SELECT id, password_hash FROM org_account WHERE demo_password IS NULL")
                .query().listOfRows();
        for (Map<String, Object> row : unknown) {
            long id = ((Number) row.get("id")).longValue();
            accounts.markDemoPassword(id, encoder.matches(OrganizationSetup.DEMO_PASSWORD, (String) row.get("password_hash")));
        }
        List<String> demo = jdbc.sql("SELECT username FROM org_account WHERE demo_password ORDER BY username")
                .query(String.class).list();
        Set<String> demoNames = setup.demoAccounts().stream().map(OrganizationSetup.DemoAccount::username)
                .collect(Collectors.toSet());
        List<String> present = jdbc.sql("SELECT username FROM org_account ORDER BY username").query(String.class)
                .stream().filter(demoNames::contains).toList();
        return new Result(demo, present);
    }
}
