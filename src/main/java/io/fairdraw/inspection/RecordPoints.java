package io.fairdraw.inspection;

import java.util.List;

/**
 * The 检查表 answers of an approved record, for statistics (issue 19 item 3: the points most often
 * found 不符合). Read when {@link InspectionEvents.ResultApproved} is handled.
 */
public interface RecordPoints {

    /** One answered point: its item, number, text and clause, and the answer (null: not asked). */
    record Answer(String itemCode, String itemName, int no, String text, String clause, PointResult answer) {
    }

    /** The points of a record in the order of its items; empty when its items have no checklist. */
    List<Answer> answers(long recordId);
}
