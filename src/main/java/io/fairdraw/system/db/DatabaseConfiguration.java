package io.fairdraw.system.db;

import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The application's DataSource: an external PostgreSQL when {@code fairdraw.db.url} (env
 * {@code FAIRDRAW_DB_URL}) is set, otherwise an embedded PostgreSQL whose cluster lives in
 * {@code fairdraw.db.data-dir}. One SQL dialect everywhere (DESIGN.md §4): no H2. Flyway connects
 * as the schema's owner, the pool as the application's role ({@link DatabaseRoles}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseRoles databaseRoles(DatabaseProperties props) {
        return DatabaseRoles.of(props);
    }

    @Bean
    @Primary
    DataSource dataSource(DatabaseProperties props, DatabaseRoles roles) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(roles.url());
        ds.setUsername(roles.appUser());
        ds.setPassword(roles.appPassword());
        ds.setMaximumPoolSize(props.poolSize());
        ds.setPoolName("fairdraw");
        // While the database is down or restarting a request waits at most this long for a
        // connection and then gets 503 (DatabaseUnavailable) instead of hanging for Hikari's 30 s;
        // broken connections are replaced by the pool on its own once the server is back.
        ds.setConnectionTimeout(props.connectionTimeoutMs());
        return ds;
    }

    /**
     * The owner's connections, for Flyway only: not pooled, so none stays open after start-up, and
     * not a default candidate, so nothing else is given it by type.
     */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource flywayDataSource(DatabaseRoles roles) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), roles.url(), roles.ownerUser(),
                roles.ownerPassword());
    }

    /** {@code ${appRole}} in afterMigrate__app_role_grants.sql: whom to grant to (empty: one role does both). */
    @Bean
    FlywayConfigurationCustomizer appRolePlaceholder(DatabaseRoles roles) {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put("appRole", roles.appRole());
            configuration.placeholders(placeholders);
        };
    }
}
