package io.fairdraw.draw.domain;

import io.fairdraw.draw.TaskDraws;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Role;
import io.fairdraw.shared.BusinessClock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What FD-DRAW-1 §4 makes public (no login, no scope: 谁抽查、谁公示) and what only auditors may
 * download (roster and conflicts).
 */
@Service
public class PublishedDraws implements TaskDraws {

    /** §4 timestamps: ISO-8601 with the administration's offset, e.g. 2026-04-01T09:00:00+08:00. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(BusinessClock.ZONE);

    /** The public list is a feed of recent draws, not an archive export. */
    static final int LIST_LIMIT = 500;

    private final DrawRepository draws;
    private final BeaconRepository beacons;

    PublishedDraws(DrawRepository draws, BeaconRepository beacons) {
        this.draws = draws;
        this.beacons = beacons;
    }

    public static String iso(Instant instant) {
        return instant == null ? null : ISO.format(instant);
    }

    @Transactional(readOnly = true)
    public Optional<PublishedDraw> find(String drawId) {
        return draws.find(drawId).map(h -> new PublishedDraw(h, draws.strata(drawId), draws.items(drawId),
                h.executed() ? draws.selection(drawId) : List.of(),
                h.executed() ? draws.substitutions(drawId) : List.of()));
    }

    @Transactional(readOnly = true)
    public List<Draw> recent() {
        return draws.list(LIST_LIMIT);
    }

    /** The beacon declaration as announced (FD-DRAW-1 §1), in declared order; empty for a draw announced before declarations. */
    @Transactional(readOnly = true)
    public List<DeclaredBeacon> declaration(String drawId) {
        return beacons.declaration(drawId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Outcome> ofTask(long taskId) {
        return draws.forTask(taskId).stream()
                .map(h -> new Outcome(h.drawId(), h.status().name(), h.announcedAt(), h.executedAt())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public int frameSize(String drawId) {
        return draws.find(drawId).map(Draw::frameSize).orElse(0);
    }

    /** frame.csv: the canonical frame text, byte for byte (§4). */
    @Transactional(readOnly = true)
    public Optional<byte[]> frame(String drawId) {
        return draws.blob(drawId, DrawRepository.Blob.FRAME);
    }

    /**
     * orgs.csv: the canonical org text hashed as {@code orgsHash} (Fairdraw extension), rebuilt
     * from the stored frame and its org codes.
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> orgs(String drawId) {
        return draws.frameAndOrgCodes(drawId).map(texts -> FrozenInputs.frame(texts[0], texts[1]).orgsText());
    }

    /** §4: "The roster and conflict texts are available to the AUDITOR role". */
    @Transactional(readOnly = true)
    public Optional<byte[]> roster(String drawId, FairdrawUser user) {
        requireAuditor(user);
        return draws.blob(drawId, DrawRepository.Blob.ROSTER);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> conflicts(String drawId, FairdrawUser user) {
        requireAuditor(user);
        return draws.blob(drawId, DrawRepository.Blob.CONFLICTS);
    }

    private static void requireAuditor(FairdrawUser user) {
        if (user == null || !user.has(Role.AUDITOR)) {
            throw new AccessDeniedException("AUDITOR only");
        }
    }
}
