package io.fairdraw.audit.domain;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Filters of the audit log browser; empty fields do not filter. Dates are local (Asia/Shanghai). */
public record AuditFilter(String actor, String unitCode, String action, String targetType,
                          String targetId, LocalDate from, LocalDate to) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

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
            params.add(Timestamp.from(from.atStartOfDay(ZONE).toInstant()));
        }
        if (to != null) {
            sb.append(sb.isEmpty() ? " WHERE " : " AND ").append("at < ?");
            params.add(Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant()));
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
