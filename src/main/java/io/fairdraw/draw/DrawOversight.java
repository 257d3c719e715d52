package io.fairdraw.draw;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * 抽取监督 (issue 17 item 8): per unit and plan year, what became of its draws and why teams were
 * changed, computed from the draw tables. For the public portal and the auditor's statistics.
 */
public interface DrawOversight {

    /** Substitution reason codes, in the order the table shows them. */
    List<String> REASONS = List.of("LEAVE", "CONFLICT", "ILLNESS", "DUTY", "OTHER");

    /**
     * One unit's draws of one plan year. {@code failed} counts status FAILED (issue 17 item 4);
     * {@code overridden} the draws announced under an override of the staffing check;
     * {@code substitutions} the approved substitutions by reason code; {@code drawIds} oldest first;
     * {@code cancelledAfterDraw} the tasks cancelled by a reviewed 计划调整 after their draw was
     * executed (issue 19 item 6).
     */
    record Row(String unitCode, int year, long announced, long executed, long failed, long superseded,
               long overridden, Map<String, Long> substitutions, List<String> drawIds, long cancelledAfterDraw) {

        public Row {
            substitutions = Map.copyOf(substitutions);
            drawIds = List.copyOf(drawIds);
        }

        public long substituted(String reason) {
            return substitutions.getOrDefault(reason, 0L);
        }
    }

    /** Rows of these units (null: every unit) and this plan year (null: every year), newest year first. */
    List<Row> table(Collection<String> unitCodes, Integer year);
}
