package io.fairdraw.draw.domain;

import io.fairdraw.draw.protocol.Announcement;
import io.fairdraw.shared.ConflictError;
import java.time.Instant;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One draw of a task (抽取) and its transitions (DESIGN.md §6: aggregates own their transitions).
 * FD-DRAW-1: a draw is announced with its inputs frozen and its secret committed (§1), then either
 * EXECUTED with its selection (§2) or FAILED for good when the rules cannot staff a team (§2b), or
 * SUPERSEDED by a new announcement of the same task before its beacon exists; nothing leaves those
 * three. Once executed, its team slots may be substituted (§3) on a request another person decides.
 * Services lock the row, call one method here and save the draw; an illegal move is a 409.
 */
public final class Draw {

    private final DrawIdentity identity;
    private final Commitment commitment;
    private final AnnouncedInputs inputs;
    private final TeamRules rules;
    private DrawStatus status;
    private Opening opening;
    private Shortfall shortfall;
    private Instant supersededAt;

    /** A draw as stored; {@code opening} once executed or failed, {@code shortfall} only when FAILED. */
    public Draw(DrawIdentity identity, DrawStatus status, Commitment commitment, AnnouncedInputs inputs,
                TeamRules rules, Opening opening, Shortfall shortfall, Instant supersededAt) {
        this.identity = identity;
        this.status = status;
        this.commitment = commitment;
        this.inputs = inputs;
        this.rules = rules;
        this.opening = opening;
        this.shortfall = shortfall;
        this.supersededAt = supersededAt;
    }

    /** §1: a new announcement; nothing of its outcome exists yet. */
    static Draw announce(DrawIdentity identity, Commitment commitment, AnnouncedInputs inputs, TeamRules rules) {
        return new Draw(identity, DrawStatus.ANNOUNCED, commitment, inputs, rules, null, null, null);
    }

    /** §2: the beacon was entered and the selection drawn; beacon, secret and seed become public. */
    void execute(Opening executed) {
        requireAnnounced();
        if (executed.loadCap() == null) {
            throw new IllegalArgumentException("an executed draw has its load cap (FD-DRAW-1 §2b)");
        }
        status = DrawStatus.EXECUTED;
        opening = executed;
    }

    /** §2b: no silent relaxation; the draw fails for good, in public, with the entity and rule that ran out. */
    void fail(Opening failed, Shortfall why) {
        requireAnnounced();
        status = DrawStatus.FAILED;
        opening = new Opening(failed.beacon(), failed.seed(), failed.secret(), null, failed.opened());
        shortfall = why;
    }

    /** A new announcement (重新公告) replaces this one, which can then never run. */
    void supersede(Instant at) {
        requireAnnounced();
        status = DrawStatus.SUPERSEDED;
        supersededAt = at;
    }

    /** Execution needs an ANNOUNCED draw: exactly once (concurrent or repeated requests get 409). */
    void requireAnnounced() {
        switch (status) {
            case ANNOUNCED -> { }
            case EXECUTED -> throw new ConflictError("draw.already_executed", drawId(),
                    PublishedDraws.iso(executedAt()), executedBy());
            case SUPERSEDED -> throw new ConflictError("draw.superseded", drawId());
            case FAILED -> throw new ConflictError("draw.failed.final", drawId(), failureUscc(),
                    new DefaultMessageSourceResolvable("draw.rule." + failureRule()));
        }
    }

    /** §3: only the teams of an executed draw are substituted. */
    void requireExecuted() {
        if (status != DrawStatus.EXECUTED) {
            throw new ConflictError("draw.not_executed", drawId());
        }
    }

    /** §3, issue 17 item 6: a request changes nothing of the draw until another person approves it. */
    SubstitutionRequest requestSubstitution(TeamSlot slot, SubstitutionReason reason, String text, Stamp requested) {
        requireExecuted();
        return SubstitutionRequest.open(drawId(), slot, reason, text, requested);
    }

    /** §3: approval names the substitute {@code in}, computed now; the request must still be open. */
    SubstitutionRequest approve(SubstitutionRequest request, String in, Stamp decided) {
        requireOwn(request);
        requireExecuted();
        return request.approved(in, decided);
    }

    /** A refused request stays public as refused; the team is unchanged. */
    SubstitutionRequest refuse(SubstitutionRequest request, Stamp decided) {
        requireOwn(request);
        requireExecuted();
        return request.refused(decided);
    }

    private void requireOwn(SubstitutionRequest request) {
        if (!request.drawId().equals(drawId())) {
            throw new IllegalArgumentException("request " + request.id() + " is not of draw " + drawId());
        }
    }

    /** The announced values the seed is computed from (FD-DRAW-1 §2). */
    Announcement announcement() {
        return new Announcement(drawId(), inputs.frameHash(), inputs.frameSize(), inputs.paramsHash(),
                inputs.rosterHash(), inputs.rosterSize(), inputs.conflictsHash(), commitment.commitment());
    }

    public boolean executed() {
        return status == DrawStatus.EXECUTED;
    }

    /** FD-DRAW-1 §2b: the rules could not staff the team of {@link #failureUscc()}; {@link #failureRule()} ran out. */
    public boolean failed() {
        return status == DrawStatus.FAILED;
    }

    /** Beacon, secret and seed are public: the draw was executed or failed (§4). */
    public boolean opened() {
        return executed() || failed();
    }

    public DrawIdentity identity() {
        return identity;
    }

    public Commitment commitmentPart() {
        return commitment;
    }

    public AnnouncedInputs inputs() {
        return inputs;
    }

    public TeamRules rules() {
        return rules;
    }

    public DrawStatus status() {
        return status;
    }

    // The published fields by the names of FD-DRAW-1 §4 (pages, record and list read these).

    public String drawId() {
        return identity.drawId();
    }

    public long taskId() {
        return identity.taskId();
    }

    public String taskRef() {
        return identity.taskRef();
    }

    public String taskName() {
        return identity.taskName();
    }

    public String unitCode() {
        return identity.unitCode();
    }

    public int attempt() {
        return identity.attempt();
    }

    public Instant announcedAt() {
        return commitment.announced().at();
    }

    public String announcedBy() {
        return commitment.announced().by();
    }

    public String commitment() {
        return commitment.commitment();
    }

    public String beaconSource() {
        return commitment.beaconSource();
    }

    public String frameHash() {
        return inputs.frameHash();
    }

    public String orgsHash() {
        return inputs.orgsHash();
    }

    public int frameSize() {
        return inputs.frameSize();
    }

    public String paramsHash() {
        return inputs.paramsHash();
    }

    public String rosterHash() {
        return inputs.rosterHash();
    }

    public int rosterSize() {
        return inputs.rosterSize();
    }

    public String conflictsHash() {
        return inputs.conflictsHash();
    }

    public int teamSize() {
        return rules.teamSize();
    }

    public int capSlack() {
        return rules.capSlack();
    }

    public boolean crossOrg() {
        return rules.crossOrg();
    }

    /** Null until the draw is opened (executed or failed), as are {@link #seed()} and {@link #secret()}. */
    public String beacon() {
        return opening == null ? null : opening.beacon();
    }

    public String seed() {
        return opening == null ? null : opening.seed();
    }

    public String secret() {
        return opening == null ? null : opening.secret();
    }

    public Integer loadCap() {
        return opening == null ? null : opening.loadCap();
    }

    public Instant executedAt() {
        return opening == null ? null : opening.opened().at();
    }

    public String executedBy() {
        return opening == null ? null : opening.opened().by();
    }

    public Instant supersededAt() {
        return supersededAt;
    }

    public String failureUscc() {
        return shortfall == null ? null : shortfall.uscc();
    }

    public String failureRule() {
        return shortfall == null ? null : shortfall.rule();
    }
}
