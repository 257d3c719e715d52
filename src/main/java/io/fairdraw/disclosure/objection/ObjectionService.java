package io.fairdraw.disclosure.objection;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.calendar.WorkingDays;
import io.fairdraw.inspection.Corrections;
import io.fairdraw.inspection.EvidenceFiles;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Role;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 异议 (issue 20 item 4). Filing: anyone, on a published result, rate-limited per client, the entity's USCC
 * and legal representative checked against the 名录库 ({@link RegistryCheck}), one attachment under the
 * evidence limits. Answering: a REVIEWER of the publishing unit (谁抽查、谁公示) who did not approve the
 * result (DESIGN.md §2: no one approves their own work), within {@code fairdraw.objection.answer-working-days}
 * working days. Upheld: the record's correction is opened through the inspection module's correction flow.
 * Every change writes its audit entry in its own transaction; the audit never holds the contact.
 */
@Service
public class ObjectionService {

    /** Refused by the rate limit: the page answers 429. */
    public static class TooMany extends UserError {
        TooMany(long minutes, int perClient) {
            super(null, "objection.rate_limited", minutes, perClient);
        }
    }

    private final ObjectionRepository repository;
    private final ObjectionLimiter limiter;
    private final RegistryCheck registry;
    private final EvidenceFiles evidence;
    private final Corrections corrections;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final Clock clock;
    private final int answerWorkingDays;

    ObjectionService(ObjectionRepository repository, ObjectionLimiter limiter, RegistryCheck registry,
                     EvidenceFiles evidence, Corrections corrections, WorkingDays workingDays, AuditLog audit, Clock clock,
                     @Value("${fairdraw.objection.answer-working-days:15}") int answerWorkingDays) {
        this.repository = repository;
        this.limiter = limiter;
        this.registry = registry;
        this.evidence = evidence;
        this.corrections = corrections;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
        this.answerWorkingDays = answerWorkingDays;
    }

    public int answerWorkingDays() {
        return answerWorkingDays;
    }

    /** The published result an objection may be filed on; 404 for anything else. */
    @Transactional(readOnly = true)
    public Objection.Result result(long recordId) {
        return repository.published(recordId).orElseThrow(() -> new OutOfScopeException("record:" + recordId, false));
    }

    /**
     * Counts a submission of the form by {@code client}, valid or not (the rate limit also bounds probing the
     * registry's legal representatives); {@link TooMany} once the client's window is used up.
     */
    public void admit(String client) {
        if (!limiter.tryAcquire(client)) {
            throw new TooMany(limiter.windowMinutes(), limiter.perClient());
        }
    }

    /** Files an objection, once {@link #admit admitted}; returns its id and answer due date. */
    @Transactional
    public Filed file(long recordId, ObjectionFiling f) {
        Objection.Result r = result(recordId);
        registry.check(r, f.uscc(), f.legalRepresentative());
        Optional<LocalDate> open = repository.openDue(recordId);
        if (open.isPresent()) {
            throw new ConflictError("objection.open_exists", open.get().toString());
        }
        Objection.Attachment attachment = null;
        byte[] data = null;
        if (f.upload() != null) {
            EvidenceFiles.Checked c = accept(f.upload());
            data = c.data();
            attachment = new Objection.Attachment(clean(f.upload().fileName()), c.contentType(), data.length, sha256(data));
        }
        Instant at = clock.instant();
        LocalDate on = BusinessClock.dateOf(at);
        // day 1 is the first working day after filing (calendar.WorkingDays)
        LocalDate due = workingDays.deadline(on, answerWorkingDays);
        long id = repository.insert(r, f, attachment, data, at, on, due);
        audit.record(AuditEvent.of("OBJECTION_FILED", "disclosure_objection", String.valueOf(id),
                "record " + recordId + " " + r.uscc() + " due " + due
                        + (attachment == null ? "" : " attachment sha256=" + attachment.sha256())).by("public", null));
        return new Filed(id, due);
    }

    /** An objection filed: its number and the day its answer is due. */
    public record Filed(long id, LocalDate answerDue) {
    }

    private EvidenceFiles.Checked accept(ObjectionFiling.Upload u) {
        try {
            return evidence.accept(clean(u.fileName()), u.size(), u.content());
        } catch (UserError e) {
            throw new UserError("attachment", e.messageKey(), e.args());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The unit's objections (its REVIEWER only). */
    @Transactional(readOnly = true)
    public List<Objection> ofUnit(FairdrawUser user) {
        requireReviewer(user, user.unitCode());
        return repository.ofUnit(user.unitCode(), 50);
    }

    @Transactional(readOnly = true)
    public Objection get(long id, FairdrawUser user) {
        Objection o = repository.find(id, false).orElseThrow(() -> new OutOfScopeException("objection:" + id, false));
        requireReviewer(user, o.result().unitCode());
        return o;
    }

    @Transactional(readOnly = true)
    public byte[] attachment(long id, FairdrawUser user) {
        get(id, user);
        return repository.data(id).orElseThrow(() -> new OutOfScopeException("objection:" + id, false));
    }

    /** Who approved the result objected to: that REVIEWER may not answer (DESIGN.md §2). */
    @Transactional(readOnly = true)
    public Optional<String> approverOf(Objection o) {
        return corrections.approvedBy(o.result().recordId());
    }

    /**
     * Answers an open objection. Upheld: the correction of the record is opened and handed to its team
     * (inspection's correction flow); its approval and publication are the existing ones.
     */
    @Transactional
    public void answer(long id, boolean upheld, String text, FairdrawUser user) {
        Objection o = repository.find(id, true).orElseThrow(() -> new OutOfScopeException("objection:" + id, false));
        requireReviewer(user, o.result().unitCode());
        if (!o.open()) {
            throw new ConflictError("objection.answered_already", id);
        }
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty()) {
            throw new UserError("answer", "objection.answer.required");
        }
        if (answer.length() > 2000) {
            throw new UserError("answer", "objection.answer.too_long", 2000);
        }
        if (corrections.approvedBy(o.result().recordId()).filter(user.username()::equals).isPresent()) {
            throw new ConflictError("objection.answer.own_approval", o.result().recordId());
        }
        Long correction = upheld ? corrections.openOnObjection(o.result().recordId(), user.username(),
                user.unitCode(), answer) : null;
        Instant at = clock.instant();
        ObjectionStatus status = upheld ? ObjectionStatus.UPHELD : ObjectionStatus.REJECTED;
        repository.answer(id, status, answer, user.username(), at, BusinessClock.dateOf(at), correction);
        audit.record(AuditEvent.of("OBJECTION_ANSWERED", "disclosure_objection", String.valueOf(id),
                status + " record " + o.result().recordId() + (correction == null ? "" : " correction " + correction)
                        + (BusinessClock.dateOf(at).isAfter(o.answerDue()) ? " overdue " + o.answerDue() : ""))
                .by(user.username(), user.unitCode()));
    }

    /** What the public sees of these records' objections. */
    @Transactional(readOnly = true)
    public List<PublicObjection> publicOf(Collection<Long> recordIds) {
        return repository.publicOf(recordIds);
    }

    /** Every open objection, soonest due first (not scoped: callers filter by unit). */
    @Transactional(readOnly = true)
    public List<Objection> open() {
        return repository.open();
    }

    private static void requireReviewer(FairdrawUser user, String unitCode) {
        if (user == null || !user.has(Role.REVIEWER) || !unitCode.equals(user.unitCode())) {
            throw new OutOfScopeException(unitCode, true);
        }
    }

    private static String clean(String fileName) {
        String n = fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        return n.isEmpty() ? "attachment" : n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
