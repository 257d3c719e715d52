package io.fairdraw.inspection.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.shared.UserError;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 检查证据 of a record (photos, PDF): the team adds and removes files while the record is a draft,
 * whoever may see the visit reads them. Each file is stored with its SHA-256, which the audit entry
 * records, so the evidence behind a published result can be proven unchanged.
 */
@Service
public class RecordEvidence {

    private final RecordRepository records;
    private final RecordAccess access;
    private final RecordQueries views;
    private final EvidenceCheck evidenceCheck;
    private final AuditLog audit;

    RecordEvidence(RecordRepository records, RecordAccess access, RecordQueries views, EvidenceCheck evidenceCheck,
                   AuditLog audit) {
        this.records = records;
        this.access = access;
        this.views = views;
        this.evidenceCheck = evidenceCheck;
        this.audit = audit;
    }

    public long maxBytes() {
        return evidenceCheck.maxBytes();
    }

    /** The file (or its thumbnail) for whoever may see its visit; 404 for everybody else. */
    public Optional<byte[]> bytes(long evidenceId, boolean thumbnail, FairdrawUser user) {
        Evidence e = records.evidenceMeta(evidenceId)
                .orElseThrow(() -> new OutOfScopeException("inspection_evidence:" + evidenceId, false));
        views.ofRecord(e.recordId(), user);
        return records.evidenceBytes(evidenceId, thumbnail);
    }

    @Transactional(readOnly = true)
    public Evidence meta(long evidenceId, FairdrawUser user) {
        Evidence e = records.evidenceMeta(evidenceId)
                .orElseThrow(() -> new OutOfScopeException("inspection_evidence:" + evidenceId, false));
        views.ofRecord(e.recordId(), user);
        return e;
    }

    /**
     * Adds an evidence file to an item of a draft: type by content, size limit, stored with its
     * SHA-256, which the audit entry records. A refused file changes nothing else.
     */
    @Transactional
    public Evidence add(long recordId, String itemCode, String fileName, byte[] data, FairdrawUser user) {
        return add(recordId, itemCode, fileName, data, access.member(user));
    }

    Evidence add(long recordId, String itemCode, String fileName, byte[] data, RecordAccess.Acting who) {
        InspectionRecord r = access.lockedForMember(recordId, who);
        r.requireDraft();
        if (r.items().stream().noneMatch(i -> i.itemCode().equals(itemCode))) {
            throw new UserError("files", "inspection.evidence.item_unknown", itemCode);
        }
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        EvidenceCheck.Accepted ok = evidenceCheck.check(name, data);
        String sha = sha256(data);
        long id = records.insertEvidence(recordId, itemCode, name, ok.contentType(), data, sha, ok.thumbnail(),
                who.username());
        // A new file changes what the team confirmed.
        records.update(r.unconfirmed(), who.username());
        audit.record(AuditEvent.of("INSPECTION_EVIDENCE_ADDED", "inspection_record", String.valueOf(recordId),
                itemCode + " " + name + " " + ok.contentType() + " " + data.length + " bytes sha256=" + sha)
                .by(who.username(), who.unitCode()));
        return records.evidenceMeta(id).orElseThrow();
    }

    /** Removes a file from a draft (the audit entry keeps its hash). */
    @Transactional
    public void remove(long evidenceId, FairdrawUser user) {
        RecordAccess.Acting who = access.member(user);
        Evidence e = records.evidenceMeta(evidenceId)
                .orElseThrow(() -> new OutOfScopeException("inspection_evidence:" + evidenceId, false));
        InspectionRecord r = access.lockedForMember(e.recordId(), who);
        r.requireDraft();
        records.deleteEvidence(evidenceId);
        records.update(r.unconfirmed(), who.username());
        audit.record(AuditEvent.of("INSPECTION_EVIDENCE_REMOVED", "inspection_record", String.valueOf(e.recordId()),
                e.itemCode() + " " + e.fileName() + " sha256=" + e.sha256()).by(who.username(), who.unitCode()));
    }


    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
