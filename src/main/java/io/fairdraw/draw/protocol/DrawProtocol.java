package io.fairdraw.draw.protocol;

import io.fairdraw.draw.protocol.engine.DrawEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * FD-DRAW-1 entry point: announce (§1), execute (§2a, §2b) and substitute (§3), plus the single
 * hashes a verifier recomputes.
 */
public final class DrawProtocol {

    public static final String PROTOCOL = "FD-DRAW-1";

    private DrawProtocol() {
    }

    /** §1: hashes of every frozen input and the commitment to {@code secret}. */
    public static Announcement announce(DrawDefinition definition, Secret secret) {
        return new Announcement(definition.drawId(),
                definition.frame().hash(), definition.frame().size(),
                definition.params().hash(),
                definition.roster().hash(), definition.roster().size(),
                definition.conflicts().hash(),
                secret.commitment());
    }

    /**
     * §2: the seed from the announced values, the beacon and the secret; then entities (§2a) and
     * inspectors (§2b). The definition must still hash to what was announced and the secret must
     * open the commitment, otherwise the draw would not be the announced one.
     *
     * @throws DrawFailure when an entity cannot be staffed under the rules
     */
    public static DrawResult execute(DrawDefinition definition, Announcement announced, String beacon, Secret secret) {
        return execute(definition, announced, beacon, secret, entity -> { });
    }

    /**
     * {@link #execute(DrawDefinition, Announcement, String, Secret)}, handing each selected entity to
     * {@code selected} in selection order as soon as its team is drawn, before the later teams: the
     * caller can store the selection while the rest is still being drawn. If the draw then fails,
     * what was handed out is not a draw (the caller's transaction must not keep it).
     */
    public static DrawResult execute(DrawDefinition definition, Announcement announced, String beacon, Secret secret,
                                     Consumer<SelectedEntity> selected) {
        return execute(definition, announced, beacon, secret, selected, DrawEngine.fast());
    }

    /** The same with the given engine: the tests run whole draws on the reference engine too. */
    static DrawResult execute(DrawDefinition definition, Announcement announced, String beacon, Secret secret,
                              Consumer<SelectedEntity> selected, DrawEngine engine) {
        requireAnnounced(announced, announce(definition, secret));
        String seed = seed(announced, beacon, secret);
        Frame frame = definition.frame();
        EntitySelection.Outcome outcome = EntitySelection.select(frame, definition.params(), seed, engine);
        List<FrameEntry> ordered = new ArrayList<>(outcome.order().size());
        outcome.order().forEach(pick -> ordered.add(frame.entry(pick.frameIndex())));
        List<SelectedEntity> selection = new ArrayList<>(ordered.size());
        InspectorAssignment.assign(seed, ordered, definition.roster(), definition.conflicts(), definition.params(),
                (k, team) -> {
                    FrameEntry entry = ordered.get(k);
                    SelectedEntity entity = new SelectedEntity(entry.uscc(), entry.stratum(),
                            Sha256.hex(outcome.order().get(k).ticket()), entry.orgCode(), team);
                    selection.add(entity);
                    selected.accept(entity);
                }, engine);
        int cap = InspectorAssignment.cap(ordered.size(), definition.params(), definition.roster().size());
        return new DrawResult(seed, cap, outcome.strata(), selection);
    }

    /**
     * §3: the replacement for {@code out} in the team of {@code uscc}, given the substitutions
     * already made in this draw (in the order they were made).
     *
     * @throws DrawFailure when no inspector is eligible as substitute
     */
    public static Substitution substitute(DrawDefinition definition, DrawResult result, List<Substitution> earlier,
                                          String uscc, String out) {
        return InspectorSubstitution.substitute(definition, result, earlier, uscc, out);
    }

    /** The team of {@code uscc} after the given substitutions. */
    public static List<String> currentTeam(DrawResult result, List<Substitution> substitutions, String uscc) {
        SelectedEntity entity = result.entity(uscc)
                .orElseThrow(() -> new ProtocolException("substitution.unknown-entity", uscc));
        return List.copyOf(InspectorSubstitution.currentTeam(entity, substitutions));
    }

    /**
     * {@code seed = hex(SHA-256("FD-DRAW-1\n" + draw_id + "\n" + frame_hash + "\n" + params_hash
     * + "\n" + roster_hash + "\n" + conflicts_hash + "\n" + beacon + "\n" + hex(secret)))}.
     */
    public static String seed(Announcement announcement, String beacon, Secret secret) {
        Fields.requireText("beacon", beacon);
        return Sha256.of(PROTOCOL + "\n" + announcement.drawId() + "\n" + announcement.frameHash() + "\n"
                + announcement.paramsHash() + "\n" + announcement.rosterHash() + "\n"
                + announcement.conflictsHash() + "\n" + beacon + "\n" + secret.hex());
    }

    /** {@code ticket(uscc) = hex(SHA-256(seed + "\nE\n" + uscc))} (§2a). */
    public static String ticket(String seed, String uscc) {
        return Sha256.of(seed + "\nE\n" + uscc);
    }

    /** {@code rank(e, i) = hex(SHA-256(seed + "\nI\n" + uscc_e + "\n" + inspector_id_i))} (§2b). */
    public static String rank(String seed, String uscc, String inspectorId) {
        return Sha256.of(seed + "\nI\n" + uscc + "\n" + inspectorId);
    }

    private static void requireAnnounced(Announcement announced, Announcement actual) {
        if (!announced.commitment().equals(actual.commitment())) {
            throw new ProtocolException("secret.commitment-mismatch", announced.commitment());
        }
        mustEqual("announcement.draw-id-mismatch", announced.drawId(), actual.drawId());
        mustEqual("announcement.frame-hash-mismatch", announced.frameHash(), actual.frameHash());
        mustEqual("announcement.frame-size-mismatch", announced.frameSize(), actual.frameSize());
        mustEqual("announcement.params-hash-mismatch", announced.paramsHash(), actual.paramsHash());
        mustEqual("announcement.roster-hash-mismatch", announced.rosterHash(), actual.rosterHash());
        mustEqual("announcement.roster-size-mismatch", announced.rosterSize(), actual.rosterSize());
        mustEqual("announcement.conflicts-hash-mismatch", announced.conflictsHash(), actual.conflictsHash());
    }

    private static void mustEqual(String code, Object announced, Object actual) {
        if (!announced.equals(actual)) {
            throw new ProtocolException(code, String.valueOf(actual));
        }
    }
}
