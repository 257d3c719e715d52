package io.fairdraw.inspection.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.inspection.PointResult;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.shared.UserError;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team answers the 检查表 point by point (issue 19 item 3) together with the rest of the
 * record, in one transaction: the item's category follows from the answers
 * ({@link ChecklistAnswers#derive}), a changed answer clears the confirmations (they confirm
 * content) and writes its audit entry. Membership and the draft state are {@link RecordWorkflow}'s
 * and {@link RecordEvidence}'s.
 */
@Service
public class ChecklistRecording {

    /** One answer as typed. */
    public record Answer(String itemCode, int no, PointResult answer, String finding) {
    }

    private final RecordWorkflow records;
    private final RecordEvidence evidence;
    private final RecordRepository repository;
    private final RecordPointRepository points;
    private final AuditLog audit;

    ChecklistRecording(RecordWorkflow records, RecordEvidence evidence, RecordRepository repository,
                       RecordPointRepository points, AuditLog audit) {
        this.records = records;
        this.evidence = evidence;
        this.repository = repository;
        this.points = points;
        this.audit = audit;
    }

    @Transactional
    public InspectionRecord save(long recordId, RecordDraft draft, List<Answer> answers, FairdrawUser user) {
        List<RecordPoint> current = points.of(recordId);
        if (current.isEmpty()) {
            return records.save(recordId, draft, user);
        }
        Map<String, Answer> typed = new HashMap<>();
        for (Answer a : answers) {
            if (a != null && a.itemCode() != null) {
                typed.put(a.itemCode() + "#" + a.no(), a);
            }
        }
        List<RecordPoint> next = current.stream().map(p -> {
            Answer a = typed.get(p.key());
            return a == null ? p : p.answered(a.answer(), a.finding());
        }).toList();
        for (RecordPoint p : next) {
            if (p.finding().length() > RecordPoint.MAX_FINDING) {
                throw new UserError("points", "inspection.checklist.finding.too_long", p.no(), RecordPoint.MAX_FINDING);
            }
        }
        Map<String, RecordDraft.Item> items = new LinkedHashMap<>(draft.items());
        if (draft.entityCategory() == null) {
            items.replaceAll((code, i) -> {
                List<RecordPoint> own = next.stream().filter(p -> p.itemCode().equals(code)).toList();
                ResultCategory c = ChecklistAnswers.derive(own, i.category());
                return new RecordDraft.Item(c, i.disposal(), i.findings());
            });
        }
        InspectionRecord saved = records.save(recordId, new RecordDraft(draft.inspectionDate(), draft.entityCategory(),
                items), user);
        if (next.equals(current)) {
            return saved;
        }
        StringBuilder summary = new StringBuilder();
        for (int k = 0; k < next.size(); k++) {
            RecordPoint p = next.get(k);
            if (!p.equals(current.get(k))) {
                points.answer(recordId, p);
                summary.append(' ').append(p.key()).append('=').append(p.answer() == null ? "-" : p.answer().name());
            }
        }
        if (!saved.confirmedBy().isEmpty()) {
            repository.update(saved.unconfirmed(), user.username());
        }
        audit.record(AuditEvent.of("INSPECTION_POINTS_SAVED", "inspection_record", String.valueOf(recordId),
                summary.toString().strip()).by(user.username(), user.unitCode()));
        return repository.find(recordId).orElseThrow();
    }

    /** An evidence file of a 不符合 point: stored as the item's evidence, marked with the point. */
    @Transactional
    public Evidence addPointEvidence(long recordId, String itemCode, int pointNo, String fileName, byte[] data,
                                     FairdrawUser user) {
        if (points.of(recordId).stream().noneMatch(p -> p.itemCode().equals(itemCode) && p.no() == pointNo)) {
            throw new UserError("files", "inspection.evidence.item_unknown", itemCode + " #" + pointNo);
        }
        Evidence e = evidence.add(recordId, itemCode, fileName, data, user);
        points.tagEvidence(e.id(), pointNo);
        return e;
    }
}
