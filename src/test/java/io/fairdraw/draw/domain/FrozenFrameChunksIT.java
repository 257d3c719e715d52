package io.fairdraw.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.system.db.EmbeddedPostgresServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 22 item 7: a frozen frame stored in chunks of at most 1 MiB reads back byte for byte, the
 * migration cuts the frames stored before as single values into the same chunks, and a stored chunk
 * cannot be changed. The draw module's migrations alone, in a database of this test's own.
 */
class FrozenFrameChunksIT {

    private static final int CHUNK = FrozenFrameChunks.CHUNK_BYTES;

    static final AtomicLong TASKS = new AtomicLong();

    static DataSource db;

    @BeforeAll
    static void migrated() throws SQLException {
        db = database("frozen_frame_chunks");
        Flyway.configure().dataSource(db).locations("classpath:db/migration/draw").load().migrate();
    }

    private static DataSource database(String name) throws SQLException {
        EmbeddedPostgres pg = EmbeddedPostgresServer.ephemeral();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        return pg.getDatabase("postgres", name, Map.of());
    }

    @Test
    @DisplayName("迁移把旧版单值保存的抽取框与机构代码切成分块，拼接后逐字节相同，旧列删除")
    void theMigrationCutsSingleValuesIntoChunks() throws SQLException {
        DataSource db = database("frozen_frame_chunks_migration");
        Flyway.configure().dataSource(db).locations("classpath:db/migration/draw").target("20261230.1501").load()
                .migrate();
        byte[] frame = bytes(2 * CHUNK + 12_345, 1);
        byte[] orgCodes = bytes(CHUNK, 2);
        try (Connection c = db.getConnection()) {
            announcement(c, "OLD-1", ", frame, org_codes", ", ?, ?", frame, orgCodes);
            announcement(c, "OLD-EMPTY", ", frame, org_codes", ", ?, ?", new byte[0], new byte[0]);
        }
        Flyway.configure().dataSource(db).locations("classpath:db/migration/draw").load().migrate();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            FrozenFrameChunks.Texts old = FrozenFrameChunks.read(c, "OLD-1");
            assertThat(old.frame()).isEqualTo(frame);
            assertThat(old.orgCodes()).isEqualTo(orgCodes);
            assertThat(chunkSizes(c, "OLD-1", "frame")).isEqualTo("1048576,1048576,12345");
            assertThat(chunkSizes(c, "OLD-1", "org_codes")).isEqualTo("1048576");
            FrozenFrameChunks.Texts empty = FrozenFrameChunks.read(c, "OLD-EMPTY");
            assertThat(empty.frame()).isEmpty();
            assertThat(empty.orgCodes()).isEmpty();
            try (ResultSet rs = c.getMetaData().getColumns(null, "public", "draw_announcement", "frame")) {
                assertThat(rs.next()).as("the single-value column is gone").isFalse();
            }
            c.commit();
        }
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 5 * CHUNK / 2})
    @DisplayName("写入后读回的抽取框与机构代码逐字节相同，每块不超过 1 MiB")
    void chunksReadBackByteForByte(int size) throws SQLException {
        String drawId = "RT-" + size;
        byte[] frame = bytes(size, size);
        byte[] orgCodes = bytes(size / 5, size + 1);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            announcement(c, drawId, "", "", null, null);
            FrozenFrameChunks.write(c, drawId, frame, orgCodes);
            c.commit();
            FrozenFrameChunks.Texts back = FrozenFrameChunks.read(c, drawId);
            assertThat(back.frame()).isEqualTo(frame);
            assertThat(back.orgCodes()).isEqualTo(orgCodes);
            try (PreparedStatement p = c.prepareStatement("SELECT count(*), coalesce(max(octet_length(bytes)), 0) "
                    + "FROM draw_frozen_chunk WHERE draw_id = ? AND part = 'frame'")) {
                p.setString(1, drawId);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo((size + CHUNK - 1) / CHUNK);
                    assertThat(rs.getInt(2)).isLessThanOrEqualTo(CHUNK);
                }
            }
            c.commit();
        }
    }

    @Test
    @DisplayName("已保存的分块不可修改或删除")
    void aStoredChunkIsNeverChanged() throws SQLException {
        try (Connection c = db.getConnection()) {
            announcement(c, "KEPT", "", "", null, null);
            FrozenFrameChunks.write(c, "KEPT", bytes(10, 3), bytes(4, 4));
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("UPDATE draw_frozen_chunk SET bytes = '\\x00' WHERE draw_id = 'KEPT'"))
                        .hasMessageContaining("kept as announced");
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM draw_frozen_chunk WHERE draw_id = 'KEPT'"))
                        .hasMessageContaining("kept as announced");
            }
            assertThat(FrozenFrameChunks.read(c, "KEPT").frame()).isEqualTo(bytes(10, 3));
        }
    }

    private static void announcement(Connection c, String drawId, String columns, String values, byte[] frame,
                                     byte[] orgCodes) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO draw_announcement (draw_id, task_id, task_ref, "
                + "task_name, unit_code, attempt, status, announced_at, announced_by, frame_hash, orgs_hash, frame_size, "
                + "params, params_hash, team_size, cap_slack, cross_org, roster, roster_hash, roster_size, conflicts, "
                + "conflicts_hash, commitment, beacon_source" + columns + ") VALUES (?, ?, 'T', 't', 'D01', 1, "
                + "'ANNOUNCED', now(), 'it', 'h', 'h', 0, 'team=2\n', 'h', 2, 1, true, '', 'h', 0, '', 'h', 'c', 'b'"
                + values + ")")) {
            p.setString(1, drawId);
            p.setLong(2, TASKS.incrementAndGet()); // one live draw per task
            if (frame != null) {
                p.setBytes(3, frame);
                p.setBytes(4, orgCodes);
            }
            p.executeUpdate();
        }
    }

    private static String chunkSizes(Connection c, String drawId, String part) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT string_agg(octet_length(bytes)::text, ',' ORDER BY "
                + "ordinal) FROM draw_frozen_chunk WHERE draw_id = ? AND part = ?")) {
            p.setString(1, drawId);
            p.setString(2, part);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Seeded bytes, newlines included: the chunks are cut at byte offsets, whatever the lines. */
    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }
}
