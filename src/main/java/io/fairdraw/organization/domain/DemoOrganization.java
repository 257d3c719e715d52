package io.fairdraw.organization.domain;

import io.fairdraw.organization.OrganizationSetup;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.UnitKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisation ({@code seed/demo-units.csv}: the codes other checks rely on) and the
 * demo accounts ({@code seed/demo-accounts.csv}), seeded only on an empty database; or, in
 * production, the first administrator.
 */
@Service
class DemoOrganization implements OrganizationSetup {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

    private final UnitService units;
    private final AccountService accounts;

    DemoOrganization(UnitService units, AccountService accounts) {
        this.units = units;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void seedDemoIfEmpty() {
        if (accounts.count() > 0) {
            return;
        }
        log.info("Empty database: seeding the demo organisation and accounts");
        for (String[] r : csv("seed/demo-units.csv")) {
            units.seed(new Unit(r[0], r[1], r[2].isEmpty() ? null : r[2], UnitKind.valueOf(r[3]), "", "", true));
        }
        for (DemoAccount a : demoAccounts()) {
            accounts.seed(a.username(), a.displayName(), a.unit(), a.roles(), DEMO_PASSWORD);
        }
    }

    @Override
    @Transactional
    public void bootstrapAdminIfEmpty(String password, String unitCode, String unitName) {
        if (accounts.count() > 0) {
            return;
        }
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("Production start on an empty database needs the first "
                    + "administrator's password in FAIRDRAW_ADMIN_PASSWORD (see README, Configuration).");
        }
        try {
            PasswordPolicy.check("password", "admin", password);
        } catch (io.fairdraw.shared.UserError e) {
            throw new IllegalStateException("FAIRDRAW_ADMIN_PASSWORD breaks the password rules (" + e.messageKey()
                    + "): at least 10 characters, three of upper/lower/digit/symbol, not containing 'admin'.");
        }
        units.seed(new Unit(unitCode, unitName, null, UnitKind.DATA_CENTER, "", "", true));
        accounts.seed("admin", "Administrator", unitCode, EnumSet.of(Role.ADMIN), password);
    }

    @Override
    public List<DemoAccount> demoAccounts() {
        return csv("seed/demo-accounts.csv").stream().map(r -> new DemoAccount(r[0], r[1], r[2],
                Arrays.stream(r[3].split("\\|")).map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))))).toList();
    }

    /** Reads a small, trusted seed CSV (no quoted commas); the header is skipped. */
    private static List<String[]> csv(String path) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
