package io.fairdraw.system.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

/**
 * The two database roles (issue 18 §7): the owner, who runs Flyway and owns every table, and the
 * application's role, which the connection pool uses. The application's role gets only the grants
 * it needs ({@code db/migration/system/afterMigrate__app_role_grants.sql}): it owns no table, so it
 * cannot disable the audit tables' triggers, and it has no UPDATE, DELETE or TRUNCATE on them.
 *
 * @param appRole the application's role to grant to, or empty when one role does both (an external
 *                server configured with FAIRDRAW_DB_USER only: nothing to separate)
 */
record DatabaseRoles(String url, String ownerUser, String ownerPassword, String appUser, String appPassword,
                     String appRole) {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

    boolean separate() {
        return !appRole.isEmpty();
    }

    static DatabaseRoles of(DatabaseProperties props) {
        if (StringUtils.hasText(props.url())) {
            log.info("Using external PostgreSQL at {}", props.url());
            if (!StringUtils.hasText(props.ownerUser()) || props.ownerUser().equals(props.user())) {
                log.warn("FAIRDRAW_DB_OWNER_USER is not set: the application's role {} runs the migrations and owns "
                        + "the audit tables, so it could disable their triggers. Create an owner role and set "
                        + "FAIRDRAW_DB_OWNER_USER/_PASSWORD (docs/operations.md, \"Database roles\").", props.user());
                return new DatabaseRoles(props.url(), props.user(), props.password(), props.user(), props.password(), "");
            }
            return new DatabaseRoles(props.url(), props.ownerUser(), props.ownerPassword(), props.user(),
                    props.password(), props.user());
        }
        EmbeddedPostgres pg = props.ephemeral() ? EmbeddedPostgresServer.ephemeral()
                : EmbeddedPostgresServer.forDirectory(Path.of(props.dataDir()));
        // The embedded server accepts local connections only (zonky: trust authentication on localhost):
        // the role separation guards the audit tables against the application, not against the host.
        String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
        if ("postgres".equals(props.appRole())) {
            log.warn("fairdraw.db.app-role=postgres: the application runs as the owner (no role separation)");
            return new DatabaseRoles(url, "postgres", null, "postgres", null, "");
        }
        createAppRole(pg, props.appRole());
        return new DatabaseRoles(url, "postgres", null, props.appRole(), null, props.appRole());
    }

    /** The application's login role, without any special attribute; idempotent, safe for concurrent starts. */
    private static void createAppRole(EmbeddedPostgres pg, String role) {
        if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException("fairdraw.db.app-role must be a plain lower-case SQL name: " + role);
        }
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN CREATE ROLE " + role + " LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
            s.execute("ALTER ROLE " + role + " NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the application's database role " + role, e);
        }
    }
}
