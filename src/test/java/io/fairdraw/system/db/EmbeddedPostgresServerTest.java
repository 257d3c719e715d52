package io.fairdraw.system.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
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

    @Test
    void theServerRunsWithMallocKeepingLargeBlocks(@TempDir Path dir) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgresServer.forDirectory(dir.resolve("pg"));
        try {
            // the postmaster's: its backends inherit it (and overwrite their own copy with their ps title)
            String pid = Files.readAllLines(dir.resolve("pg/postmaster.pid")).get(0).trim();
            String environ = Files.readString(Path.of("/proc", pid, "environ"), StandardCharsets.ISO_8859_1);
            assertThat(List.of(environ.split("\0"))).containsAll(ServerEnvironment.MALLOC);
        } finally {
            pg.close();
        }
    }

    @Test
    void theWrapperIsInstalledOnceAndLeavesTheDirectoryTime(@TempDir Path bin) throws Exception {
        byte[] binary = {0x7f, 'E', 'L', 'F', 1, 2, 3};
        Files.write(bin.resolve("postgres"), binary);
        FileTime before = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(bin, before);
        ServerEnvironment.wrap(bin);
        ServerEnvironment.wrap(bin);
        assertThat(Files.readAllBytes(bin.resolve("postgres.bin"))).isEqualTo(binary);
        assertThat(Files.readString(bin.resolve("postgres"))).startsWith("#!/bin/sh\n")
                .contains("export MALLOC_MMAP_THRESHOLD_=").endsWith("/postgres.bin\" \"$@\"\n");
        assertThat(Files.isExecutable(bin.resolve("postgres"))).isTrue();
        assertThat(Files.getLastModifiedTime(bin)).isEqualTo(before);
        try (var files = Files.list(bin)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("postgres", "postgres.bin");
        }
    }

    private static String setting(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
