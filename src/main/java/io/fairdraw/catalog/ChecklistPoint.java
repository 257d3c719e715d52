package io.fairdraw.catalog;

import io.fairdraw.shared.UserError;

/**
 * One point of an item version's 检查细则 (issue 19 item 3). Always valid; its result options are
 * fixed ({@code catalog.checklist.answer.*}: 符合, 不符合, 不涉及) so results compare across units.
 *
 * @param no     1-based position in the checklist
 * @param text   what is checked
 * @param clause the clause of the legal basis the point applies
 * @param method how to check it
 */
public record ChecklistPoint(int no, String text, String clause, String method) {

    public static final int MAX_POINTS = 200;
    public static final int MAX_TEXT = 500;
    public static final int MAX_CLAUSE = 300;
    public static final int MAX_METHOD = 500;

    public ChecklistPoint {
        if (no < 1 || no > MAX_POINTS) {
            throw new UserError("no", "catalog.checklist.no.invalid", MAX_POINTS);
        }
        text = required("text", text, MAX_TEXT);
        clause = required("clause", clause, MAX_CLAUSE);
        method = required("method", method, MAX_METHOD);
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new UserError(field, "catalog.checklist." + field + ".required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new UserError(field, "catalog.checklist." + field + ".too_long", max);
        }
        return v;
    }
}
