package io.fairdraw.inspection.domain;

import io.fairdraw.catalog.Checklists;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 检查表 of records (issue 19 item 3): copied from the catalog version of each item when a
 * record is opened (the version the task used, so a later checklist never changes an inspection
 * under way), carried into corrections, and required complete before 双人确认.
 */
@Component
public class RecordChecklist implements io.fairdraw.inspection.RecordPoints {

    private final RecordPointRepository points;
    private final Checklists checklists;

    RecordChecklist(RecordPointRepository points, Checklists checklists) {
        this.points = points;
        this.checklists = checklists;
    }

    /** Copies each item's points, by the catalog version id the task uses. */
    void start(long recordId, Map<String, Long> versionIdByItem) {
        versionIdByItem.forEach((code, versionId) -> points.insert(recordId, code, checklists.of(versionId)));
    }

    void copy(long fromRecord, long toRecord) {
        points.copy(fromRecord, toRecord);
    }

    /** Refuses confirmation and submission with the first thing the 检查表 still needs. */
    void requireComplete(InspectionRecord r) {
        List<RecordPoint> all = points.of(r.id());
        if (all.isEmpty()) {
            return;
        }
        var errors = ChecklistAnswers.problems(r, all, points.evidencedPoints(r.id()), points.evidenceCount(r.id()));
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Answer> answers(long recordId) {
        return points.answers(recordId);
    }
}
