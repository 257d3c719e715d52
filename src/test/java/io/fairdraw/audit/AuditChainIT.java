package io.fairdraw.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** 审计日志：哈希链、触发器禁止改删、被篡改时校验接口指出第一条被改记录的序号。 */
@AppIT
class AuditChainIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** The schema's owner: the attacker with database rights (the application's role cannot). */
    final JdbcClient owner = io.fairdraw.support.DatabaseOwner.jdbc();

    @Autowired
    AuditLog audit;

    private String verify() {
        HttpResponse<String> r = new WebClient(port).api("GET", "/api/v1/audit/verify", "auditor", null);
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    @DisplayName("应用的数据库角色对审计表无 UPDATE、DELETE、TRUNCATE 权限，也不能关闭触发器；属主执行时触发器拒绝")
    void appendOnly() {
        SecurityContextHolder.clearContext();
        audit.record(AuditEvent.of("TEST_EVENT", "test", "x", "append-only"));
        // As the application's role (the pool's connections; issue 18 §7).
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("fairdraw_app");
        for (String tableAndColumn : List.of("audit_entry summary", "audit_tree_node hash", "audit_checkpoint root",
                "audit_log_key origin")) {
            String table = tableAndColumn.split(" ")[0];
            String column = tableAndColumn.split(" ")[1];
            assertThatThrownBy(() -> jdbc.sql("UPDATE " + table + " SET " + column + " = " + column + " WHERE false").update())
                    .as(table).hasStackTraceContaining("permission denied for table " + table);
            assertThatThrownBy(() -> jdbc.sql("DELETE FROM " + table + " WHERE false").update())
                    .as(table).hasStackTraceContaining("permission denied for table " + table);
            assertThatThrownBy(() -> jdbc.sql("TRUNCATE " + table).update())
                    .as(table).hasStackTraceContaining("permission denied for table " + table);
        }
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET summary = 'x' WHERE seq = 1").update())
                .hasStackTraceContaining("permission denied for table audit_entry");
        assertThatThrownBy(() -> jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update())
                .hasStackTraceContaining("must be owner of table audit_entry");
        assertThatThrownBy(() -> jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER ALL").update())
                .hasStackTraceContaining("must be owner of table audit_entry");
        assertThatThrownBy(() -> jdbc.sql("DROP TRIGGER audit_entry_no_update ON audit_entry").update())
                .hasStackTraceContaining("must be owner of");
        // Even the owner cannot change an entry while the triggers are on.
        assertThatThrownBy(() -> owner.sql("UPDATE audit_entry SET summary = 'x' WHERE seq = 1").update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> owner.sql("DELETE FROM audit_entry WHERE seq = 1").update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> owner.sql("TRUNCATE audit_entry").update()).hasStackTraceContaining("append-only");
    }

    @Test
    @DisplayName("攻击者关闭触发器改写一条记录后，校验接口返回该记录序号")
    void tamperingIsLocated() {
        SecurityContextHolder.clearContext();
        for (int i = 0; i < 3; i++) {
            audit.record(AuditEvent.of("TEST_EVENT", "test", "t" + i, "entry " + i));
        }
        assertThat(verify()).contains("\"ok\":true").contains("\"firstBadSeq\":null");
        long target = jdbc.sql("SELECT max(seq) - 1 FROM audit_entry").query(Long.class).single();
        String original = jdbc.sql("SELECT summary FROM audit_entry WHERE seq = ?").param(target)
                .query(String.class).single();
        try {
            // What an attacker with database rights would do.
            owner.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
            owner.sql("UPDATE audit_entry SET summary = 'nothing happened' WHERE seq = ?").param(target).update();
            String body = verify();
            assertThat(body).contains("\"ok\":false").contains("\"firstBadSeq\":" + target);
        } finally {
            owner.sql("UPDATE audit_entry SET summary = ? WHERE seq = ?").params(original, target).update();
            owner.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
        }
        assertThat(verify()).contains("\"ok\":true");
    }

    @Test
    @DisplayName("删除中间一条记录也会被发现")
    void deletionIsLocated() {
        SecurityContextHolder.clearContext();
        for (int i = 0; i < 3; i++) {
            audit.record(AuditEvent.of("TEST_EVENT", "test", "d" + i, "entry " + i));
        }
        long target = jdbc.sql("SELECT max(seq) - 1 FROM audit_entry").query(Long.class).single();
        var row = jdbc.sql("SELECT * FROM audit_entry WHERE seq = ?").param(target).query().singleRow();
        try {
            owner.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
            owner.sql("DELETE FROM audit_entry WHERE seq = ?").param(target).update();
            assertThat(verify()).contains("\"ok\":false").contains("\"firstBadSeq\":" + target);
        } finally {
            jdbc.sql("INSERT INTO audit_entry (seq, at, actor, unit_code, action, target_type, target_id, summary, "
                    + "client_addr, prev_hash, hash) VALUES (:seq, :at, :actor, :unit_code, :action, :target_type, "
                    + ":target_id, :summary, :client_addr, :prev_hash, :hash) ON CONFLICT DO NOTHING")
                    .paramSource(row).update();
            owner.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
        }
        assertThat(verify()).contains("\"ok\":true");
    }

    @Test
    @DisplayName("并发写入时序号连续、链不分叉")
    void concurrentAppends() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 80; i++) {
                int n = i;
                futures.add(pool.submit(() -> audit.record(AuditEvent.of("TEST_EVENT", "test", "c" + n, "concurrent"))));
            }
            for (Future<Long> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long after = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
        assertThat(after - before).isGreaterThanOrEqualTo(80);
        assertThat(jdbc.sql("SELECT max(seq) FROM audit_entry").query(Long.class).single()).isEqualTo(after);
        assertThat(verify()).contains("\"ok\":true");
    }

    @Test
    @DisplayName("监督员可按条件浏览并导出审计日志；其他角色不可")
    void browseAndExport() {
        WebClient auditor = WebClient.loggedIn(port, "auditor");
        HttpResponse<String> page = auditor.get("/audit?action=LOGIN&actor=auditor");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-action=\"LOGIN\"").doesNotContain("data-action=\"ACCOUNT_CREATED\"");
        HttpResponse<byte[]> xlsx = auditor.getBytes("/audit/export?actor=auditor");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        assertThat(new String(xlsx.body(), 0, 2)).isEqualTo("PK");
        assertThat(WebClient.loggedIn(port, "planner.d01").get("/audit").statusCode()).isEqualTo(403);
    }
}
