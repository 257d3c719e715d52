package io.fairdraw.system.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings. {@code url}, {@code user}, {@code password} come from
 * {@code FAIRDRAW_DB_URL}, {@code FAIRDRAW_DB_USER}, {@code FAIRDRAW_DB_PASSWORD}: the application's
 * role. {@code ownerUser}, {@code ownerPassword} ({@code FAIRDRAW_DB_OWNER_USER},
 * {@code FAIRDRAW_DB_OWNER_PASSWORD}): the role that owns the schema and runs Flyway (issue 18 §7,
 * docs/operations.md); when unset on an external server, the application's role runs Flyway and owns
 * everything, as before, with a warning. With no url, an embedded server keeps its cluster in
 * {@code dataDir}, or in a temporary directory deleted at exit when {@code ephemeral} (the test
 * suite), and sets up both roles itself: its superuser owns, {@code appRole} works.
 * {@code connectionTimeoutMs}: how long a request waits for a connection before it is answered 503
 * (database unavailable).
 */
@ConfigurationProperties("fairdraw.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        @DefaultValue("./data/pg") String dataDir,
        @DefaultValue("10") int poolSize,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("5000") long connectionTimeoutMs,
        String ownerUser,
        String ownerPassword,
        @DefaultValue("fairdraw_app") String appRole) {
}
