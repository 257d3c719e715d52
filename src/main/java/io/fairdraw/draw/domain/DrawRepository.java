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
        jdbc.sql("SELECT pg_advisory_xact_lock(:lockClass, :taskId)").param("lockClass", LOCK_CLASS)
                .param("taskId", (int) taskId).query((rs, i) -> 1).list();
    }

    int nextAttempt(long taskId) {
        return jdbc.sql("SELECT coalesce(max(attempt), 0) + 1 FROM draw_announcement WHERE task_id = :taskId")
                .param("taskId", taskId).query(Integer.class).single();
    }

    /** The task's announced or executed draw, if any (one live draw per task). */
    Optional<Draw> live(long taskId) {
        return jdbc.sql("SELECT " + HEADER + " FROM draw_announcement WHERE task_id = :taskId "
                        + "AND status IN ('ANNOUNCED', 'EXECUTED')")
                .param("taskId", taskId).query(DrawRepository::draw).optional();
    }

    /** FD-DRAW-1 §1: stores a new announcement with its frozen texts and its sealed secret. */
    void insert(Draw d, Frozen frozen, String secretHex) {
        jdbc.sql("""
                        INSERT INTO draw_announcement (draw_id, task_id, task_ref, task_name, unit_code, attempt, status,
                                    announced_at, announced_by, frame_hash, orgs_hash, frame_size,
                                    params, params_hash, team_size, cap_slack, cross_org, roster, roster_hash,
                                    roster_size, conflicts, conflicts_hash, commitment, beacon_source)
                        VALUES (:drawId, :taskId, :taskRef, :taskName, :unitCode, :attempt, :status,
                                :announcedAt, :announcedBy, :frameHash, :orgsHash, :frameSize,
                                :params, :paramsHash, :teamSize, :capSlack, :crossOrg, :roster, :rosterHash,
                                :rosterSize, :conflicts, :conflictsHash, :commitment, :beaconSource)""")
                .param("drawId", d.drawId())
                .param("taskId", d.taskId())
                .param("taskRef", d.taskRef())
                .param("taskName", d.taskName())
                .param("unitCode", d.unitCode())
                .param("attempt", d.attempt())
                .param("status", d.status().name())
                .param("announcedAt", Timestamp.from(d.announcedAt()))
                .param("announcedBy", d.announcedBy())
                .param("frameHash", d.frameHash())
                .param("orgsHash", d.orgsHash())
                .param("frameSize", d.frameSize())
                .param("params", frozen.params())
                .param("paramsHash", d.paramsHash())
                .param("teamSize", d.teamSize())
                .param("capSlack", d.capSlack())
                .param("crossOrg", d.crossOrg())
                .param("roster", frozen.roster())
                .param("rosterHash", d.rosterHash())
                .param("rosterSize", d.rosterSize())
                .param("conflicts", frozen.conflicts())
                .param("conflictsHash", d.conflictsHash())
                .param("commitment", d.commitment())
                .param("beaconSource", d.beaconSource())
                .update();
        FrozenFrameChunks.write(dataSource, d.drawId(), frozen.frame(), frozen.orgCodes());
        jdbc.sql("INSERT INTO draw_secret (draw_id, secret) VALUES (:drawId, :secret)")
                .param("drawId", d.drawId())
                .param("secret", seal.seal(d.drawId(), secretHex))
                .update();
    }

    /**
     * Stores a transition of the draw. A draw leaves only ANNOUNCED (to EXECUTED, FAILED or
     * SUPERSEDED), so the row must still be ANNOUNCED: a transition is written exactly once.
     */
    void save(Draw d) {
        int rows = jdbc.sql("""
                        UPDATE draw_announcement
                           SET status = :status, beacon = :beacon, seed = :seed, secret = :secret, load_cap = :loadCap,
                               executed_at = :executedAt, executed_by = :executedBy, superseded_at = :supersededAt,
                               failure_uscc = :failureUscc, failure_rule = :failureRule
                         WHERE draw_id = :drawId AND status = 'ANNOUNCED'""")
                .param("status", d.status().name())
                .param("beacon", d.beacon())
                .param("seed", d.seed())
                .param("secret", d.secret())
                .param("loadCap", d.loadCap())
                .param("executedAt", ts(d.executedAt()))
                .param("executedBy", d.executedBy())
                .param("supersededAt", ts(d.supersededAt()))
                .param("failureUscc", d.failureUscc())
                .param("failureRule", d.failureRule())
                .param("drawId", d.drawId())
                .update();
        if (rows != 1) {
            throw new IllegalStateException("draw " + d.drawId() + " was no longer ANNOUNCED when saved");
        }
    }

    void insertStrata(String drawId, List<StratumOutcome> strata) {
        for (StratumOutcome s : strata) {
            jdbc.sql("INSERT INTO draw_stratum (draw_id, stratum, size, ratio_bp, min_count, sample) "
                            + "VALUES (:drawId, :stratum, :size, :ratioBp, :min, :sample)")
                    .param("drawId", drawId).param("stratum", s.stratum()).param("size", s.size())
                    .param("ratioBp", s.ratioBp()).param("min", s.min()).param("sample", s.sample()).update();
        }
    }

    void insertItems(String drawId, List<DrawItem> items) {
        for (int i = 0; i < items.size(); i++) {
            DrawItem item = items.get(i);
            jdbc.sql("INSERT INTO draw_item (draw_id, position, code, name, legal_basis) "
                            + "VALUES (:drawId, :position, :code, :name, :legalBasis)")
                    .param("drawId", drawId).param("position", i + 1).param("code", item.code())
                    .param("name", item.name()).param("legalBasis", item.legalBasis()).update();
        }
    }

    Optional<Draw> find(String drawId) {
        return jdbc.sql("SELECT " + HEADER + " FROM draw_announcement WHERE draw_id = :drawId")
                .param("drawId", drawId).query(DrawRepository::draw).optional();
    }

    /** Locks the announcement row: execution and substitutions of one draw are serialised (exactly once). */
    Optional<Draw> lock(String drawId) {
        return jdbc.sql("SELECT " + HEADER + " FROM draw_announcement WHERE draw_id = :drawId FOR UPDATE")
                .param("drawId", drawId).query(DrawRepository::draw).optional();
    }

    /** Published draws, newest first (FD-DRAW-1 §4 draws.json); superseded attempts included. */
    List<Draw> list(int limit) {
        return jdbc.sql("SELECT " + HEADER + " FROM draw_announcement ORDER BY announced_at DESC, draw_id DESC "
                + "LIMIT :limit").param("limit", limit).query(DrawRepository::draw).list();
    }

    List<Draw> forTask(long taskId) {
        return jdbc.sql("SELECT " + HEADER + " FROM draw_announcement WHERE task_id = :taskId ORDER BY attempt DESC")
                .param("taskId", taskId).query(DrawRepository::draw).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM draw_announcement").query(Long.class).single();
    }

    /** The frozen texts; the frame's two from their chunks ({@link FrozenFrameChunks}). */
    Frozen frozen(String drawId) {
        Inputs inputs = inputs(drawId);
        FrozenFrameChunks.Texts frame = FrozenFrameChunks.read(dataSource, drawId);
        return new Frozen(frame.frame(), frame.orgCodes(), inputs.params(), inputs.roster(), inputs.conflicts());
    }

    /** The frozen parameters, roster and conflicts, without the frame (§3 needs no frame text). */
    Inputs inputs(String drawId) {
        return jdbc.sql("SELECT params, roster, conflicts FROM draw_announcement WHERE draw_id = :drawId")
                .param("drawId", drawId).query((rs, i) -> new Inputs(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional().orElseThrow(() -> new IllegalStateException("no draw " + drawId));
    }

    record Inputs(String params, String roster, String conflicts) {
    }

    /** The frame text and its org codes (for orgs.csv, rebuilt from both). */
    Optional<byte[][]> frameAndOrgCodes(String drawId) {
        return exists(drawId).map(id -> FrozenFrameChunks.read(dataSource, id))
                .map(texts -> new byte[][] {texts.frame(), texts.orgCodes()});
    }

    private Optional<String> exists(String drawId) {
        return jdbc.sql("SELECT draw_id FROM draw_announcement WHERE draw_id = :drawId").param("drawId", drawId).query(String.class)
                .optional();
    }

    Optional<byte[]> blob(String drawId, Blob blob) {
        if (blob == Blob.FRAME) {
            return exists(drawId).map(id -> FrozenFrameChunks.frame(dataSource, id));
        }
        return jdbc.sql("SELECT " + blob.column + " FROM draw_announcement WHERE draw_id = :drawId").param("drawId", drawId)
                .query((rs, i) -> rs.getString(1).getBytes(java.nio.charset.StandardCharsets.UTF_8)).optional();
    }

    /**
     * The stored texts that may be downloaded as stored: frame by anyone (from its chunks), roster and
     * conflicts by auditors (from their columns).
     */
    enum Blob {
        FRAME(null), ROSTER("roster"), CONFLICTS("conflicts");

        final String column;

        Blob(String column) {
            this.column = column;
        }
    }

    /** §1: the committed secret, read only to execute. */
    String secret(String drawId) {
        return seal.open(drawId, jdbc.sql("SELECT secret FROM draw_secret WHERE draw_id = :drawId").param("drawId", drawId)
                .query(String.class).single());
    }

    /** A COPY of the selection into the transaction's connection, filled while the teams are drawn. */
    SelectionCopy selectionCopy(String drawId) {
        return new SelectionCopy(dataSource, drawId);
    }

    /** The selection in selection order (FD-DRAW-1 §2a), teams as drawn (§2b). */
    List<SelectedEntity> selection(String drawId) {
        return jdbc.sql("SELECT uscc, stratum, ticket, org_code, inspectors FROM draw_selection "
                + "WHERE draw_id = :drawId ORDER BY order_no").param("drawId", drawId).query((rs, i) -> new SelectedEntity(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), Arrays.asList((String[]) rs.getArray(5).getArray())))
                .list();
    }

    int selectionSize(String drawId) {
        return jdbc.sql("SELECT count(*) FROM draw_selection WHERE draw_id = :drawId").param("drawId", drawId)
                .query(Integer.class).single();
    }

    List<StratumOutcome> strata(String drawId) {
        return jdbc.sql("SELECT stratum, size, ratio_bp, min_count, sample FROM draw_stratum "
                + "WHERE draw_id = :drawId ORDER BY stratum").param("drawId", drawId).query((rs, i) -> new StratumOutcome(rs.getString(1), rs.getInt(2),
                rs.getInt(3), rs.getInt(4), rs.getInt(5))).list();
    }

    List<DrawItem> items(String drawId) {
        return jdbc.sql("SELECT code, name, legal_basis FROM draw_item WHERE draw_id = :drawId ORDER BY position")
                .param("drawId", drawId).query((rs, i) -> new DrawItem(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    void insertSubstitution(String drawId, SubstitutionEvent s) {
        jdbc.sql("INSERT INTO draw_substitution (draw_id, seq, uscc, out_inspector, in_inspector, reason, at, by_user) "
                        + "VALUES (:drawId, :seq, :uscc, :out, :in, :reason, :at, :by)")
                .param("drawId", drawId).param("seq", s.seq()).param("uscc", s.uscc()).param("out", s.out())
                .param("in", s.in()).param("reason", s.reason()).param("at", Timestamp.from(s.at())).param("by", s.by())
                .update();
    }

    /** Substitutions in the order they were made (§3 depends on that order). */
    List<SubstitutionEvent> substitutions(String drawId) {
        return jdbc.sql("SELECT seq, uscc, out_inspector, in_inspector, reason, at, by_user FROM draw_substitution "
                        + "WHERE draw_id = :drawId ORDER BY seq").param("drawId", drawId)
                .query((rs, i) -> new SubstitutionEvent(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7))).list();
    }

    private static Draw draw(ResultSet rs, int row) throws SQLException {
        DrawIdentity identity = new DrawIdentity(rs.getString("draw_id"), rs.getLong("task_id"),
                rs.getString("task_ref"), rs.getString("task_name"), rs.getString("unit_code"), rs.getInt("attempt"));
        Commitment commitment = new Commitment(new Stamp(instant(rs, "announced_at"), rs.getString("announced_by")),
                rs.getString("commitment"), rs.getString("beacon_source"));
        AnnouncedInputs inputs = new AnnouncedInputs(rs.getString("frame_hash"), rs.getString("orgs_hash"),
                rs.getInt("frame_size"), rs.getString("params_hash"), rs.getString("roster_hash"),
                rs.getInt("roster_size"), rs.getString("conflicts_hash"));
        TeamRules rules = new TeamRules(rs.getInt("team_size"), rs.getInt("cap_slack"), rs.getBoolean("cross_org"));
        Instant executedAt = instant(rs, "executed_at");
        Opening opening = executedAt == null ? null : new Opening(rs.getString("beacon"), rs.getString("seed"),
                rs.getString("secret"), (Integer) rs.getObject("load_cap"), new Stamp(executedAt, rs.getString("executed_by")));
        String failureUscc = rs.getString("failure_uscc");
        Shortfall shortfall = failureUscc == null ? null : new Shortfall(failureUscc, rs.getString("failure_rule"));
        return new Draw(identity, DrawStatus.valueOf(rs.getString("status")), commitment, inputs, rules, opening,
                shortfall, instant(rs, "superseded_at"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
