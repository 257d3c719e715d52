package io.fairdraw.system.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The one DataSource of the application: an external PostgreSQL when {@code fairdraw.db.url}
 * (env {@code FAIRDRAW_DB_URL}) is set, otherwise an embedded PostgreSQL whose cluster lives in
 * {@code fairdraw.db.data-dir}. One SQL dialect everywhere (DESIGN.md §4): no H2.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    DataSource dataSource(DatabaseProperties props) {
        HikariDataSource ds = new HikariDataSource();
        if (StringUtils.hasText(props.url())) {
            log.info("Using external PostgreSQL at {}", props.url());
            ds.setJdbcUrl(props.url());
            ds.setUsername(props.user());
            ds.setPassword(props.password());
        } else {
            EmbeddedPostgres pg = props.ephemeral() ? EmbeddedPostgresServer.ephemeral()
                    : EmbeddedPostgresServer.forDirectory(Path.of(props.dataDir()));
            ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
            ds.setUsername("postgres");
        }
        ds.setMaximumPoolSize(props.poolSize());
        ds.setPoolName("fairdraw");
        // While the database is down or restarting a request waits at most this long for a
        // connection and then gets 503 (DatabaseUnavailable) instead of hanging for Hikari's 30 s;
        // broken connections are replaced by the pool on its own once the server is back.
        ds.setConnectionTimeout(props.connectionTimeoutMs());
        return ds;
    }

}
