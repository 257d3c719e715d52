package io.fairdraw.system.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's embedded cluster is durable: fsync and synchronous commit on (zonky's defaults are off);
 * it runs PostgreSQL's own binary.
 */
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

    @Test
    void theServerRunsThePostgresBinaryAsShippedWithGlibcDefaults(@TempDir Path dir) throws Exception {
        // Issue 22 item 7: no wrapper script replaces bin/postgres, no malloc variables are set for it
        // (the frozen frame is stored in bounded chunks instead, draw/domain/FrozenFrameChunks).
        EmbeddedPostgres pg = EmbeddedPostgresServer.forDirectory(dir.resolve("pg"));
        try {
            String pid = Files.readAllLines(dir.resolve("pg/postmaster.pid")).get(0).trim();
            Path binary = Files.readSymbolicLink(Path.of("/proc", pid, "exe"));
            assertThat(binary.getFileName()).hasToString("postgres");
            try (InputStream in = Files.newInputStream(binary)) {
                assertThat(in.readNBytes(4)).as("an ELF executable, not a script").isEqualTo(new byte[] {0x7f, 'E', 'L', 'F'});
            }
            String environ = Files.readString(Path.of("/proc", pid, "environ"), StandardCharsets.ISO_8859_1);
            assertThat(List.of(environ.split("\0"))).noneMatch(variable -> variable.startsWith("MALLOC_"));
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
