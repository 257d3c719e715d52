package io.fairdraw.registry.domain;

import io.fairdraw.registry.EntityStatus;
import io.fairdraw.shared.SupervisionField;
import java.util.List;
import java.util.Locale;

/**
 * List filters: 监管领域, unit, status, risk class ({@code NONE} = no class yet), a flag, and a
 * search text matching part of the name or of the code.
 */
public record EntityFilter(SupervisionField field, String unit, EntityStatus status, String risk, Flag flag, String q) {

    /** Sampling-weight flags; ANY = at least one of them. */
    public enum Flag {
        MANY_COMPLAINTS("many_complaints"), ABNORMAL_OPERATION("abnormal_operation"),
        SERIOUS_DISHONESTY("serious_dishonesty"), ANY(null);

        final String column;

        Flag(String column) {
            this.column = column;
        }
    }

    public static EntityFilter none() {
        return new EntityFilter(null, null, null, null, null, null);
    }

    /** SQL conditions (after WHERE) and their parameters; {@code readable} null = all units. */
    String where(String[] readable, List<Object> params) {
        StringBuilder sb = new StringBuilder("TRUE");
        if (readable != null) {
            sb.append(" AND unit_code = ANY(?)");
            params.add(readable);
        }
        if (field != null) {
            sb.append(" AND field = ?");
            params.add(field.name());
        }
        if (unit != null && !unit.isBlank()) {
            sb.append(" AND unit_code = ?");
            params.add(unit.strip());
        }
        if (status != null) {
            sb.append(" AND status = ?");
            params.add(status.name());
        }
        if ("NONE".equals(risk)) {
            sb.append(" AND risk_class IS NULL");
        } else if (risk != null && risk.matches("[ABCD]")) {
            sb.append(" AND risk_class = ?");
            params.add(risk);
        }
        if (flag == Flag.ANY) {
            sb.append(" AND (many_complaints OR abnormal_operation OR serious_dishonesty)");
        } else if (flag != null) {
            sb.append(" AND ").append(flag.column);
        }
        if (q != null && !q.isBlank()) {
            String needle = "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sb.append(" AND (name LIKE ? OR uscc LIKE ?)");
            params.add(needle);
            params.add(needle.toUpperCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
