package io.fairdraw.support;

import io.fairdraw.system.db.EmbeddedPostgresServer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema's owner on the tests' embedded database (its superuser), for what the application's
 * role may not do (issue 18 §7): tests that play an attacker with database rights, e.g. disabling
 * the audit tables' triggers to show the hash chain still finds the edit.
 */
public final class DatabaseOwner {

    private DatabaseOwner() {
    }

    public static JdbcClient jdbc() {
        return JdbcClient.create(EmbeddedPostgresServer.ephemeral().getPostgresDatabase());
    }
}
