package io.fairdraw.system.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's embedded cluster is durable: fsync and synchronous commit on (zonky's defaults are off). */
class EmbeddedPostgresServerTest {

    @Test
    void aDataDirectoryClusterFlushesCommitsToDisk(@TempDir Path dir) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgresServer.forDirectory(dir.resolve("pg"));
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            assertThat(setting(s, "fsync")).isEqualTo("on");
            assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(s, "full_page_writes")).isEqualTo("on");
        } finally {
            pg.close();
        }
    }

    private static String setting(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
