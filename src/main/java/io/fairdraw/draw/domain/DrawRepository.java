package io.fairdraw.draw.domain;

import io.fairdraw.draw.protocol.SelectedEntity;
import io.fairdraw.draw.protocol.StratumOutcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The draw tables. Only {@link #secret(String)} reads {@code draw_secret}. */
@Repository
class DrawRepository {

    private static final String HEADER = "draw_id, task_id, task_ref, task_name, unit_code, attempt, status, "
            + "announced_at, announced_by, frame_hash, orgs_hash, frame_size, params_hash, team_size, cap_slack, "
            + "cross_org, roster_hash, roster_size, conflicts_hash, commitment, beacon_source, beacon, seed, secret, "
            + "load_cap, executed_at, executed_by, superseded_at, failure_uscc, failure_rule";

    /** Everything an announcement freezes (FD-DRAW-1 §1), as stored. */
    record NewAnnouncement(String drawId, long taskId, String taskRef, String taskName, String unitCode, int attempt,
                           Instant at, String by, byte[] frame, byte[] orgCodes, String frameHash, String orgsHash,
                           int frameSize, String params, String paramsHash, int teamSize, int capSlack,
                           boolean crossOrg, String roster, String rosterHash, int rosterSize, String conflicts,
                           String conflictsHash, String commitment, String beaconSource) {
    }

    /**
     * The frozen inputs execution re-reads (large texts): the canonical frame text and the org
     * codes of its lines ({@code ORG_CODE\n} each, see Frame#orgCodeLines).
     */
    record Frozen(byte[] frame, byte[] orgCodes, String params, String roster, String conflicts) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final SecretSeal seal;

    DrawRepository(JdbcClient jdbc, DataSource dataSource, SecretSeal seal) {
        this.seal = seal;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Advisory lock class of draw announcements ("DRAW" in ASCII), apart from other modules' locks. */
    private static final int LOCK_CLASS = 0x44524157;

    /** Serialises announcements of one task (attempt numbers, one live draw per task). */
    void lockTask(long taskId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)").params(LOCK_CLASS, (int) taskId).query((rs, i) -> 1).list();
    }

    int nextAttempt(long taskId) {
        return jdbc.sql("SELECT coalesce(max(attempt), 0) + 1 FROM draw_announcement WHERE task_id = ?")
                .param(taskId).query(Integer.class).single();
    }

    Optional<DrawHeader> live(long taskId) {
        return jdbc.sql("SELECT " + HEADER + " FROM draw_announcement WHERE task_id = ? AND status IN ('ANNOUNCED', 'EXECUTED')")
                .param(taskId).query(DrawRepository::header).optional();
    }

    void supersede(String drawId, Instant at) {
        jdbc.sql("UPDATE draw_announcement SET status = 'SUPERSEDED', superseded_at = ? WHERE draw_id = ? "
                + "AND status = 'ANNOUNCED'").params(Timestamp.from(at), drawId).update();
    }

    void insert(NewAnnouncement a, String secretHex) {
        jdbc.sql("INSERT INTO draw_announcement (draw_id, task_id, task_ref, task_name, unit_code, attempt, status, "
                        + "announced_at, announced_by, frame_hash, orgs_hash, frame_size, params, params_hash, "
                        + "team_size, cap_slack, cross_org, roster, roster_hash, roster_size, conflicts, conflicts_hash, "
                        + "commitment, beacon_source) VALUES (?,?,?,?,?,?,'ANNOUNCED',?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(a.drawId(), a.taskId(), a.taskRef(), a.taskName(), a.unitCode(), a.attempt(),
                        Timestamp.from(a.at()), a.by(), a.frameHash(), a.orgsHash(), a.frameSize(),
                        a.params(), a.paramsHash(), a.teamSize(), a.capSlack(), a.crossOrg(), a.roster(),
                        a.rosterHash(), a.rosterSize(), a.conflicts(), a.conflictsHash(), a.commitment(),
                        a.beaconSource())
                .update();
        FrozenFrameChunks.write(dataSource, a.drawId(), a.frame(), a.orgCodes());
        jdbc.sql("INSERT INTO draw_secret (draw_id, secret) VALUES (?, ?)")
                .params(a.drawId(), seal.seal(a.drawId(), secretHex)).update();
    }

    void insertStrata(String drawId, List<StratumOutcome> strata) {
        for (StratumOutcome s : strata) {
            jdbc.sql("INSERT INTO draw_stratum (draw_id, stratum, size, ratio_bp, min_count, sample) VALUES (?,?,?,?,?,?)")
                    .params(drawId, s.stratum(), s.size(), s.ratioBp(), s.min(), s.sample()).update();
        }
    }

    void insertItems(String drawId, List<DrawItem> items) {
        for (int i = 0; i < items.size(); i++) {
            DrawItem item = items.get(i);
            jdbc.sql("INSERT INTO draw_item (draw_id, position, code, name, legal_basis) VALUES (?,?,?,?,?)")
                    .params(drawId, i + 1, item.code(), item.name(), item.legalBasis()).update();
        }
    }

    Optional<DrawHeader> find(String drawId) {
        return jdbc.sql("SELECT " + HEADER + " FROM draw_announcement WHERE draw_id = ?").param(drawId)
                .query(DrawRepository::header).optional();
    }

    /** Locks the announcement row: execution and substitutions of one draw are serialised (exactly once). */
    Optional<DrawHeader> lock(String drawId) {
        return jdbc.sql("SELECT " + HEADER + " FROM draw_announcement WHERE draw_id = ? FOR UPDATE").param(drawId)
                .query(DrawRepository::header).optional();
    }

    /** Published draws, newest first (FD-DRAW-1 §4 draws.json); superseded attempts included. */
    List<DrawHeader> list(int limit) {
        return jdbc.sql("SELECT " + HEADER + " FROM draw_announcement ORDER BY announced_at DESC, draw_id DESC LIMIT ?")
                .param(limit).query(DrawRepository::header).list();
    }

    List<DrawHeader> forTask(long taskId) {
        return jdbc.sql("SELECT " + HEADER + " FROM draw_announcement WHERE task_id = ? ORDER BY attempt DESC")
                .param(taskId).query(DrawRepository::header).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM draw_announcement").query(Long.class).single();
    }

    /** The frozen texts; the frame's two from their chunks ({@link FrozenFrameChunks}). */
    Frozen frozen(String drawId) {
        String[] texts = jdbc.sql("SELECT params, roster, conflicts FROM draw_announcement WHERE draw_id = ?")
                .param(drawId).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .optional().orElseThrow(() -> new IllegalStateException("no draw " + drawId));
        FrozenFrameChunks.Texts frame = FrozenFrameChunks.read(dataSource, drawId);
        return new Frozen(frame.frame(), frame.orgCodes(), texts[0], texts[1], texts[2]);
    }

    /** The frame text and its org codes (for orgs.csv, rebuilt from both). */
    Optional<byte[][]> frameAndOrgCodes(String drawId) {
        return exists(drawId).map(id -> FrozenFrameChunks.read(dataSource, id))
                .map(texts -> new byte[][] {texts.frame(), texts.orgCodes()});
    }

    private Optional<String> exists(String drawId) {
        return jdbc.sql("SELECT draw_id FROM draw_announcement WHERE draw_id = ?").param(drawId).query(String.class)
                .optional();
    }

    Optional<byte[]> blob(String drawId, Blob blob) {
        if (blob == Blob.FRAME) {
            return exists(drawId).map(id -> FrozenFrameChunks.frame(dataSource, id));
        }
        return jdbc.sql("SELECT " + blob.column + " FROM draw_announcement WHERE draw_id = ?").param(drawId)
                .query((rs, i) -> blob.binary ? rs.getBytes(1) : rs.getString(1).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .optional();
    }

    /** The stored texts that may be downloaded as stored: frame by anyone, roster and conflicts by auditors. */
    enum Blob {
        FRAME("frame", true), ROSTER("roster", false), CONFLICTS("conflicts", false);

        final String column;
        final boolean binary;

        Blob(String column, boolean binary) {
            this.column = column;
            this.binary = binary;
        }
    }

    /** §1: the committed secret, read only to execute. */
    String secret(String drawId) {
        return seal.open(drawId, jdbc.sql("SELECT secret FROM draw_secret WHERE draw_id = ?").param(drawId)
                .query(String.class).single());
    }

    void markExecuted(String drawId, String beacon, String seed, String secret, int cap, Instant at, String by) {
        jdbc.sql("UPDATE draw_announcement SET status = 'EXECUTED', beacon = ?, seed = ?, secret = ?, load_cap = ?, "
                        + "executed_at = ?, executed_by = ? WHERE draw_id = ? AND status = 'ANNOUNCED'")
                .params(beacon, seed, secret, cap, Timestamp.from(at), by, drawId).update();
    }

    /** FD-DRAW-1 §2b: the draw failed for good; beacon, seed, secret, entity and rule become public. */
    void markFailed(String drawId, String beacon, String seed, String secret, String uscc, String rule, Instant at,
                    String by) {
        jdbc.sql("UPDATE draw_announcement SET status = 'FAILED', beacon = ?, seed = ?, secret = ?, failure_uscc = ?, "
                        + "failure_rule = ?, executed_at = ?, executed_by = ? WHERE draw_id = ? AND status = 'ANNOUNCED'")
                .params(beacon, seed, secret, uscc, rule, Timestamp.from(at), by, drawId).update();
    }

    /** A COPY of the selection into the transaction's connection, filled while the teams are drawn. */
    SelectionCopy selectionCopy(String drawId) {
        return new SelectionCopy(dataSource, drawId);
    }

    /** The selection in selection order (FD-DRAW-1 §2a), teams as drawn (§2b). */
    List<SelectedEntity> selection(String drawId) {
        return jdbc.sql("SELECT uscc, stratum, ticket, org_code, inspectors FROM draw_selection WHERE draw_id = ? "
                + "ORDER BY order_no").param(drawId).query((rs, i) -> new SelectedEntity(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), Arrays.asList((String[]) rs.getArray(5).getArray())))
                .list();
    }

    int selectionSize(String drawId) {
        return jdbc.sql("SELECT count(*) FROM draw_selection WHERE draw_id = ?").param(drawId).query(Integer.class)
                .single();
    }

    List<StratumOutcome> strata(String drawId) {
        return jdbc.sql("SELECT stratum, size, ratio_bp, min_count, sample FROM draw_stratum WHERE draw_id = ? "
                + "ORDER BY stratum").param(drawId).query((rs, i) -> new StratumOutcome(rs.getString(1), rs.getInt(2),
                rs.getInt(3), rs.getInt(4), rs.getInt(5))).list();
    }

    List<DrawItem> items(String drawId) {
        return jdbc.sql("SELECT code, name, legal_basis FROM draw_item WHERE draw_id = ? ORDER BY position")
                .param(drawId).query((rs, i) -> new DrawItem(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    void insertSubstitution(String drawId, SubstitutionEvent s) {
        jdbc.sql("INSERT INTO draw_substitution (draw_id, seq, uscc, out_inspector, in_inspector, reason, at, by_user) "
                        + "VALUES (?,?,?,?,?,?,?,?)")
                .params(drawId, s.seq(), s.uscc(), s.out(), s.in(), s.reason(), Timestamp.from(s.at()), s.by()).update();
    }

    /** Substitutions in the order they were made (§3 depends on that order). */
    List<SubstitutionEvent> substitutions(String drawId) {
        return jdbc.sql("SELECT seq, uscc, out_inspector, in_inspector, reason, at, by_user FROM draw_substitution "
                        + "WHERE draw_id = ? ORDER BY seq").param(drawId)
                .query((rs, i) -> new SubstitutionEvent(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7))).list();
    }

    private static DrawHeader header(ResultSet rs, int row) throws SQLException {
        return new DrawHeader(rs.getString("draw_id"), rs.getLong("task_id"), rs.getString("task_ref"),
                rs.getString("task_name"), rs.getString("unit_code"), rs.getInt("attempt"),
                DrawStatus.valueOf(rs.getString("status")), instant(rs, "announced_at"), rs.getString("announced_by"),
                rs.getString("frame_hash"), rs.getString("orgs_hash"), rs.getInt("frame_size"),
                rs.getString("params_hash"), rs.getInt("team_size"), rs.getInt("cap_slack"), rs.getBoolean("cross_org"),
                rs.getString("roster_hash"), rs.getInt("roster_size"), rs.getString("conflicts_hash"),
                rs.getString("commitment"), rs.getString("beacon_source"), rs.getString("beacon"), rs.getString("seed"),
                rs.getString("secret"), (Integer) rs.getObject("load_cap"), instant(rs, "executed_at"),
                rs.getString("executed_by"), instant(rs, "superseded_at"), rs.getString("failure_uscc"),
                rs.getString("failure_rule"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
