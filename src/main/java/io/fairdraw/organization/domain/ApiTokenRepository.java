package io.fairdraw.organization.domain;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.UnitKind;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    /** A token as the API sees it: its account, fresh, and the token's own state. */
    record Resolved(long tokenId, FairdrawUser user, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
    }

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, String name, byte[] hash, String hint, String createdBy, Instant expiresAt) {
        return jdbc.sql("""
                INSERT INTO org_api_token (account_id, name, token_hash, hint, created_by, expires_at)
                VALUES (?,?,?,?,?,?) RETURNING id""")
                .params(accountId, name, hash, hint, createdBy, Timestamp.from(expiresAt)).query(Long.class).single();
    }

    /** One unique-index lookup joined to the account, its unit and roles. */
    Optional<Resolved> resolve(byte[] hash) {
        return jdbc.sql("""
                SELECT t.id, t.expires_at, t.revoked_at, t.last_used_at, a.id AS account_id, a.username,
                       a.display_name, a.unit_code, u.name AS unit_name, u.kind, a.enabled, a.security_stamp,
                       ARRAY(SELECT r.role FROM org_account_role r WHERE r.account_id = a.id) AS roles
                FROM org_api_token t JOIN org_account a ON a.id = t.account_id JOIN org_unit u ON u.code = a.unit_code
                WHERE t.token_hash = ?""").param(hash).query((rs, n) -> {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    for (Object o : (Object[]) rs.getArray("roles").getArray()) {
                        roles.add(Role.valueOf((String) o));
                    }
                    FairdrawUser user = new FairdrawUser(rs.getLong("account_id"), rs.getString("username"),
                            rs.getString("display_name"), rs.getString("unit_code"), rs.getString("unit_name"),
                            UnitKind.valueOf(rs.getString("kind")), roles, "", rs.getBoolean("enabled"), null,
                            rs.getLong("security_stamp"));
                    return new Resolved(rs.getLong("id"), user, instant(rs.getTimestamp("expires_at")),
                            instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at")));
                }).optional();
    }

    void touch(long id) {
        jdbc.sql("UPDATE org_api_token SET last_used_at = now() WHERE id = ?").param(id).update();
    }

    List<ApiToken> ofAccount(long accountId) {
        return jdbc.sql("""
                SELECT id, account_id, name, hint, created_by, created_at, expires_at, last_used_at, revoked_at
                FROM org_api_token WHERE account_id = ? ORDER BY revoked_at IS NOT NULL, created_at DESC, id DESC""")
                .param(accountId).query((rs, n) -> new ApiToken(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)))).list();
    }

    /** Revokes the account's token; false when it is not the account's or already revoked. */
    boolean revoke(long accountId, long tokenId) {
        return jdbc.sql("UPDATE org_api_token SET revoked_at = now() WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
                .params(tokenId, accountId).update() == 1;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
