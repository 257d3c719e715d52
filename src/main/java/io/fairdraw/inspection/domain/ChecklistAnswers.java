package io.fairdraw.inspection.domain;

import io.fairdraw.inspection.PointResult;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.shared.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules of the 检查表 in a record (issue 19 item 3), without storage. When the inspection took
 * place every point is answered and the item's result follows from them: no 不符合 point is
 * 未发现问题; a 不符合 point is a problem, of the category the team chooses, and needs a finding
 * and evidence of its own. A category meaning no inspection could be done (无法联系, 不配合,
 * 已注销或吊销, 未发现开展该经营活动) is chosen directly for the visit, with its evidence.
 */
public final class ChecklistAnswers {

    private ChecklistAnswers() {
    }

    /**
     * The item's category as the points give it: 未发现问题 once every point is answered without a
     * 不符合; with a 不符合, the problem category the team typed (null until it does). While points
     * are open, a typed problem category is kept and anything else waits for the answers.
     */
    public static ResultCategory derive(List<RecordPoint> points, ResultCategory typed) {
        if (points.isEmpty()) {
            return typed;
        }
        boolean problemTyped = typed != null && typed.problem() && !typed.entityLevel();
        if (points.stream().anyMatch(p -> p.answer() == PointResult.NONCOMPLIANT)) {
            return problemTyped ? typed : null;
        }
        if (points.stream().allMatch(p -> p.answer() != null)) {
            return ResultCategory.NO_PROBLEM;
        }
        return problemTyped ? typed : null;
    }

    /**
     * What stops the team from confirming a record with a 检查表, in the order of the form.
     *
     * @param points       the record's points (all items)
     * @param evidenced    keys ({@link RecordPoint#key()}) of the points that have an evidence file
     * @param evidenceFiles the record's evidence files, all items and points together
     */
    public static List<UserError> problems(InspectionRecord r, List<RecordPoint> points, Set<String> evidenced,
                                           long evidenceFiles) {
        List<UserError> errors = new ArrayList<>();
        if (points.isEmpty()) {
            return errors;
        }
        if (r.entityCategory() != null) {
            if (evidenceFiles == 0) {
                errors.add(new UserError("entityCategory", "inspection.checklist.entity_evidence"));
            }
            return errors;
        }
        for (RecordItem item : r.items()) {
            List<RecordPoint> own = points.stream().filter(p -> p.itemCode().equals(item.itemCode())).toList();
            if (own.isEmpty()) {
                continue;
            }
            for (RecordPoint p : own) {
                if (p.answer() == null) {
                    errors.add(new UserError("points", "inspection.checklist.point.unanswered", item.itemName(), p.no()));
                } else if (p.answer() == PointResult.NONCOMPLIANT) {
                    if (p.finding().isBlank()) {
                        errors.add(new UserError("points", "inspection.checklist.point.finding_required",
                                item.itemName(), p.no()));
                    }
                    if (!evidenced.contains(p.key())) {
                        errors.add(new UserError("points", "inspection.checklist.point.evidence_required",
                                item.itemName(), p.no()));
                    }
                }
            }
            boolean anyNo = own.stream().anyMatch(p -> p.answer() == PointResult.NONCOMPLIANT);
            ResultCategory c = item.category();
            if (anyNo && (c == null || !c.problem())) {
                errors.add(new UserError("items", "inspection.checklist.category.problem_required", item.itemName()));
            } else if (!anyNo && own.stream().allMatch(p -> p.answer() != null) && c != ResultCategory.NO_PROBLEM) {
                errors.add(new UserError("items", "inspection.checklist.category.follows_points", item.itemName()));
            }
        }
        return errors;
    }
}
