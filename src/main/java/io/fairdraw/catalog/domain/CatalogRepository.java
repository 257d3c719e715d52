package io.fairdraw.catalog.domain;

import io.fairdraw.catalog.InspectionMethod;
import io.fairdraw.catalog.ItemContent;
import io.fairdraw.catalog.ItemStatus;
import io.fairdraw.catalog.ItemVersion;
import io.fairdraw.shared.SupervisionField;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CatalogRepository {

    static final String VERSION = """
            SELECT v.id, v.item_id, i.code, i.unit_code, i.status, v.version_no, v.effective_from, v.effective_to,
                   v.reason, v.name, v.field, v.legal_basis, v.inspecting_unit_code, v.target_type, v.content,
                   v.methods, v.ratio_percent, v.frequency_per_year, v.created_by, v.created_at,
                   i.sample, i.retired_on
            FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id
            """;
    /** The latest version of each item. */
    private static final String LATEST = VERSION
            + " WHERE v.version_no = (SELECT max(w.version_no) FROM catalog_item_version w WHERE w.item_id = i.id)";

    private final JdbcClient jdbc;

    CatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CatalogItem> find(String code) {
        return jdbc.sql("SELECT id, code, unit_code, sample, status, retired_on, retire_reason FROM catalog_item WHERE code = ?")
                .param(code).query((rs, n) -> new CatalogItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), ItemStatus.valueOf(rs.getString(5)), localDate(rs, 6), rs.getString(7),
                        versionsOf(rs.getLong(1)))).optional();
    }

    boolean exists(String code) {
        return jdbc.sql("SELECT count(*) FROM catalog_item WHERE lower(code) = lower(?)").param(code)
                .query(Long.class).single() > 0;
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM catalog_item").query(Long.class).single();
    }

    Optional<ItemVersion> version(long id) {
        return jdbc.sql(VERSION + " WHERE v.id = ?").param(id).query(CatalogRepository::map).optional();
    }

    /** These versions (issue 23 item 4: a page's rows name theirs in one query). */
    List<ItemVersion> versions(Long[] ids) {
        return jdbc.sql(VERSION + " WHERE v.id = ANY(?)").param(ids).query(CatalogRepository::map).list();
    }

    private List<ItemVersion> versionsOf(long itemId) {
        return jdbc.sql(VERSION + " WHERE v.item_id = ? ORDER BY v.version_no").param(itemId)
                .query(CatalogRepository::map).list();
    }

    /** Versions in force on the day, of active items, optionally within units. */
    List<ItemVersion> inForce(LocalDate date, String[] units) {
        return jdbc.sql(VERSION + """
                 WHERE i.status = 'ACTIVE' AND v.effective_from <= ? AND (v.effective_to IS NULL OR v.effective_to > ?)
                   AND (?::text[] IS NULL OR i.unit_code = ANY(?::text[])) ORDER BY i.unit_code, i.code""")
                .params(Date.valueOf(date), Date.valueOf(date), units, units).query(CatalogRepository::map).list();
    }

    List<CatalogRow> search(CatalogQuery q, String[] units, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(q, units, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(LATEST + where + " ORDER BY i.unit_code, i.code LIMIT ? OFFSET ?").params(params)
                .query((rs, n) -> new CatalogRow(map(rs, n), rs.getBoolean("sample"), localDate(rs, 22))).list();
    }

    long countMatching(CatalogQuery q, String[] units) {
        List<Object> params = new ArrayList<>();
        String where = where(q, units, params);
        return jdbc.sql("SELECT count(*) FROM (" + LATEST + where + ") x").params(params).query(Long.class).single();
    }

    private static String where(CatalogQuery q, String[] units, List<Object> params) {
        StringBuilder sb = new StringBuilder();
        if (q.text() != null && !q.text().isBlank()) {
            sb.append(" AND (i.code ILIKE ? OR v.name ILIKE ? OR v.target_type ILIKE ?)");
            String like = "%" + q.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.addAll(List.of(like, like, like));
        }
        if (q.field() != null) {
            sb.append(" AND v.field = ?");
            params.add(q.field().name());
        }
        if (q.status() != null) {
            sb.append(" AND i.status = ?");
            params.add(q.status().name());
        }
        if (q.unit() != null && !q.unit().isBlank()) {
            sb.append(" AND i.unit_code = ?");
            params.add(q.unit());
        }
        if (units != null) {
            sb.append(" AND i.unit_code = ANY(?::text[])");
            params.add(units);
        }
        return sb.toString();
    }

    /** Stores the item and its versions: inserts new versions (id 0), closes open ones that were closed. */
    void save(CatalogItem item) {
        long id = item.id();
        if (id == 0) {
            id = jdbc.sql("INSERT INTO catalog_item (code, unit_code, status, sample, retired_on, retire_reason)"
                            + " VALUES (?,?,?,?,?,?) RETURNING id")
                    .params(item.code(), item.unitCode(), item.status().name(), item.sample(),
                            item.retiredOn() == null ? null : Date.valueOf(item.retiredOn()), item.retireReason())
                    .query(Long.class).single();
        } else {
            jdbc.sql("UPDATE catalog_item SET status = ?, retired_on = ?, retire_reason = ?, updated_at = now() WHERE id = ?")
                    .params(item.status().name(), item.retiredOn() == null ? null : Date.valueOf(item.retiredOn()),
                            item.retireReason(), id).update();
        }
        for (ItemVersion v : item.versions()) {
            if (v.id() == 0) {
                insert(id, v);
            } else if (v.effectiveTo() != null) {
                jdbc.sql("UPDATE catalog_item_version SET effective_to = ? WHERE id = ? AND effective_to IS NULL")
                        .params(Date.valueOf(v.effectiveTo()), v.id()).update();
            }
        }
    }

    private void insert(long itemId, ItemVersion v) {
        ItemContent c = v.content();
        jdbc.sql("""
                INSERT INTO catalog_item_version (item_id, version_no, effective_from, effective_to, reason, name, field,
                    legal_basis, inspecting_unit_code, target_type, content, methods, ratio_percent, frequency_per_year,
                    created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(itemId, v.versionNo(), Date.valueOf(v.effectiveFrom()),
                        v.effectiveTo() == null ? null : Date.valueOf(v.effectiveTo()), v.reason(), c.name(),
                        c.field().name(), c.legalBasis().toArray(String[]::new), c.inspectingUnit(), c.targetType(),
                        c.content(), c.methodList().stream().map(Enum::name).toArray(String[]::new), c.ratioPercent(),
                        c.frequencyPerYear(), v.createdBy())
                .update();
    }

    static ItemVersion map(ResultSet rs, int row) throws SQLException {
        ItemContent content = new ItemContent(rs.getString("name"), SupervisionField.valueOf(rs.getString("field")),
                List.of((String[]) rs.getArray("legal_basis").getArray()), rs.getString("inspecting_unit_code"),
                rs.getString("target_type"), rs.getString("content"),
                Arrays.stream((String[]) rs.getArray("methods").getArray()).map(InspectionMethod::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(InspectionMethod.class))),
                rs.getBigDecimal("ratio_percent"), rs.getInt("frequency_per_year"));
        return new ItemVersion(rs.getLong("id"), rs.getLong("item_id"), rs.getString("code"), rs.getString("unit_code"),
                ItemStatus.valueOf(rs.getString("status")), rs.getInt("version_no"), localDate(rs, 7), localDate(rs, 8),
                rs.getString("reason"), content, rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
