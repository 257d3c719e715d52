package io.fairdraw.audit.domain;

import io.fairdraw.shared.BusinessClock;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/** Filters of the audit log browser; empty fields do not filter. Dates are business dates (BusinessClock). */
public record AuditFilter(String actor, String unitCode, String action, String targetType,
                          String targetId, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    String where(List<Object> params) {
        StringBuilder sb = new StringBuilder();
        eq(sb, params, "actor", actor);
        eq(sb, params, "unit_code", unitCode);
        eq(sb, params, "action", action);
        eq(sb, params, "target_type", targetType);
        eq(sb, params, "target_id", targetId);
        if (from != null) {
            sb.append(sb.isEmpty() ? " WHERE " : " AND ").append("at >= ?");
            params.add(Timestamp.from(from.atStartOfDay(BusinessClock.ZONE).toInstant()));
        }
        if (to != null) {
            sb.append(sb.isEmpty() ? " WHERE " : " AND ").append("at < ?");
            params.add(Timestamp.from(to.plusDays(1).atStartOfDay(BusinessClock.ZONE).toInstant()));
        }
        return sb.toString();
    }

    private static void eq(StringBuilder sb, List<Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(sb.isEmpty() ? " WHERE " : " AND ").append(column).append(" = ?");
            params.add(value.trim());
        }
    }
}
