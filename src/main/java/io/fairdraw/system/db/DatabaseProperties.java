package io.fairdraw.system.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings. {@code url}, {@code user}, {@code password} come from
 * {@code FAIRDRAW_DB_URL}, {@code FAIRDRAW_DB_USER}, {@code FAIRDRAW_DB_PASSWORD}; with no
 * url, an embedded server keeps its cluster in {@code dataDir}, or in a temporary directory
 * deleted at exit when {@code ephemeral} (the test suite). {@code connectionTimeoutMs}: how long a
 * request waits for a connection before it is answered 503 (database unavailable).
 */
@ConfigurationProperties("fairdraw.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        @DefaultValue("./data/pg") String dataDir,
        @DefaultValue("10") int poolSize,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("5000") long connectionTimeoutMs) {
}
