package io.fairdraw.support;

import io.fairdraw.shared.UnifiedSocialCreditCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh division of its own for ITs that need a directory no other test reads (the demo units'
 * rosters and dashboards are asserted elsewhere): the unit, its LIAISON / PLANNER / REVIEWER
 * accounts (demo password), one catalog item with a legal basis (copied from D01) and, on demand,
 * entities. Call once per unit code: the codes are unique in the shared database.
 */
public final class TestDivision {

    private TestDivision() {
    }

    public static void create(JdbcClient jdbc, String unit) {
        String lower = unit.toLowerCase(Locale.ROOT);
        jdbc.sql("INSERT INTO org_unit (code, name, parent_code, kind) VALUES (?, ?, 'BT', 'DIVISION')")
                .params(unit, "测试师 " + unit + " 自然资源和规划局").update();
        for (String role : List.of("LIAISON", "PLANNER", "REVIEWER")) {
            account(jdbc, role.toLowerCase(Locale.ROOT) + "." + lower, unit, role);
        }
        long item = jdbc.sql("INSERT INTO catalog_item (code, unit_code, status) VALUES (?, ?, 'ACTIVE') RETURNING id")
                .params(unit + "-IT-001", unit).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO catalog_item_version (item_id, version_no, effective_from, effective_to, reason, name, field,
                       legal_basis, inspecting_unit_code, target_type, content, methods, ratio_percent, frequency_per_year,
                       created_by)
                SELECT ?, 1, effective_from, NULL, reason, name, field, legal_basis, ?, target_type, content, methods,
                       ratio_percent, frequency_per_year, 'it'
                  FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id
                 WHERE i.unit_code = 'D01' AND i.status = 'ACTIVE' AND v.effective_to IS NULL
                 ORDER BY v.id LIMIT 1""").params(item, unit).update();
    }

    /** A login account of the unit with these roles and the demo password; returns its id. */
    public static long account(JdbcClient jdbc, String username, String unit, String... roles) {
        long id = jdbc.sql("INSERT INTO org_account (username, display_name, unit_code, password_hash) "
                        + "SELECT ?, ?, ?, password_hash FROM org_account WHERE username = 'planner.d01' RETURNING id")
                .params(username, "IT " + username, unit).query(Long.class).single();
        for (String role : roles) {
            jdbc.sql("INSERT INTO org_account_role (account_id, role) VALUES (?, ?)").params(id, role).update();
        }
        return id;
    }

    /** {@code count} new active LAND entities of the unit (valid credit codes from {@code seed}). */
    public static List<String> entities(JdbcClient jdbc, String unit, int count, long seed) {
        return entities(jdbc, unit, count, seed, "659001");
    }

    /** {@link #entities(JdbcClient, String, int, long)} with codes of the given region (they sort by it). */
    public static List<String> entities(JdbcClient jdbc, String unit, int count, long seed, String region) {
        Random rnd = new Random(seed);
        List<String> out = new ArrayList<>();
        while (out.size() < count) {
            String uscc = UnifiedSocialCreditCode.random(rnd, region).value();
            int n = jdbc.sql("INSERT INTO registry_entity (uscc, name, entity_type, field, unit_code, status, created_by, "
                            + "updated_by) VALUES (?, ?, '企业', 'LAND', ?, 'ACTIVE', 'it', 'it') ON CONFLICT DO NOTHING")
                    .params(uscc, "测试主体 " + unit + " " + out.size(), unit).update();
            if (n == 1) {
                out.add(uscc);
            }
        }
        return out;
    }

    /** An inspector of the unit, drawable for two years (certificate), in no sub-office. */
    public static void inspector(JdbcClient jdbc, String id, String unit) {
        jdbc.sql("INSERT INTO inspector (id, name, unit_code, certificate_no, certificate_expiry, specialties, status) "
                        + "VALUES (?, ?, ?, ?, current_date + 730, ARRAY['LAND'], 'ON_DUTY')")
                .params(id, "检查员 " + id, unit, "CERT-" + id).update();
    }
}
