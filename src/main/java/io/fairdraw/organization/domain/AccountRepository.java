package io.fairdraw.organization.domain;

import io.fairdraw.organization.Role;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private static final String SELECT = """
            SELECT a.id, a.username, a.display_name, a.unit_code, a.enabled, a.failed_attempts, a.locked_until,
                   ARRAY(SELECT r.role FROM org_account_role r WHERE r.account_id = a.id ORDER BY r.role) AS roles
            FROM org_account a""";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql(SELECT + " WHERE a.username = ?").param(username).query(AccountRepository::map).optional();
    }

    Optional<Account> findById(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(AccountRepository::map).optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM org_account WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM org_account WHERE username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    /** Search by user name or display name part, optionally within units; newest last. */
    List<Account> search(String q, String unitCode, String[] units, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(q, unitCode, units, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SELECT + where + " ORDER BY a.unit_code, a.username LIMIT ? OFFSET ?").params(params)
                .query(AccountRepository::map).list();
    }

    long count(String q, String unitCode, String[] units) {
        List<Object> params = new ArrayList<>();
        String where = where(q, unitCode, units, params);
        return jdbc.sql("SELECT count(*) FROM org_account a" + where).params(params).query(Long.class).single();
    }

    private static String where(String q, String unitCode, String[] units, List<Object> params) {
        StringBuilder sb = new StringBuilder(" WHERE true");
        if (q != null && !q.isBlank()) {
            sb.append(" AND (a.username ILIKE ? OR a.display_name ILIKE ?)");
            String like = "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
        if (unitCode != null && !unitCode.isBlank()) {
            sb.append(" AND a.unit_code = ?");
            params.add(unitCode);
        }
        if (units != null) {
            sb.append(" AND a.unit_code = ANY(?)");
            params.add(units);
        }
        return sb.toString();
    }

    long insert(String username, String displayName, String unitCode, String passwordHash) {
        return jdbc.sql("""
                INSERT INTO org_account (username, display_name, unit_code, password_hash)
                VALUES (?,?,?,?) RETURNING id""")
                .params(username, displayName, unitCode, passwordHash).query(Long.class).single();
    }

    void update(long id, String displayName, String unitCode) {
        jdbc.sql("UPDATE org_account SET display_name = ?, unit_code = ?, updated_at = now() WHERE id = ?")
                .params(displayName, unitCode, id).update();
    }

    void replaceRoles(long id, Set<Role> roles) {
        jdbc.sql("DELETE FROM org_account_role WHERE account_id = ?").param(id).update();
        for (Role r : roles) {
            jdbc.sql("INSERT INTO org_account_role (account_id, role) VALUES (?, ?)").params(id, r.name()).update();
        }
    }

    void setPassword(long id, String hash) {
        // PasswordPolicy refuses the demo password as a new password: the account no longer has it.
        jdbc.sql("""
                UPDATE org_account SET password_hash = ?, password_changed_at = now(), failed_attempts = 0,
                       locked_until = NULL, demo_password = FALSE, updated_at = now() WHERE id = ?""")
                .params(hash, id).update();
    }

    /** issue 18 §4: raised on every change of rights or credentials; sessions compare it per request. */
    void raiseStamp(long id) {
        jdbc.sql("UPDATE org_account SET security_stamp = security_stamp + 1 WHERE id = ?").param(id).update();
    }

    /** The stamp while the account is enabled (primary-key lookup, once per signed-in request). */
    java.util.OptionalLong stampWhileEnabled(long id) {
        return jdbc.sql("SELECT security_stamp FROM org_account WHERE id = ? AND enabled").param(id)
                .query(Long.class).optional().map(java.util.OptionalLong::of).orElse(java.util.OptionalLong.empty());
    }

    long stamp(long id) {
        return jdbc.sql("SELECT security_stamp FROM org_account WHERE id = ?").param(id).query(Long.class).single();
    }

    void markDemoPassword(long id, boolean demo) {
        jdbc.sql("UPDATE org_account SET demo_password = ? WHERE id = ?").params(demo, id).update();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE org_account SET enabled = ?, updated_at = now() WHERE id = ?").params(enabled, id).update();
    }

    long countEnabled() {
        return jdbc.sql("SELECT count(*) FROM org_account WHERE enabled").query(Long.class).single();
    }

    long countAll() {
        return jdbc.sql("SELECT count(*) FROM org_account").query(Long.class).single();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Array arr = rs.getArray("roles");
        for (Object o : (Object[]) arr.getArray()) {
            roles.add(Role.valueOf((String) o));
        }
        Timestamp locked = rs.getTimestamp("locked_until");
        Instant lockedUntil = locked == null ? null : locked.toInstant();
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("unit_code"), roles, rs.getBoolean("enabled"), rs.getInt("failed_attempts"), lockedUntil);
    }
}
