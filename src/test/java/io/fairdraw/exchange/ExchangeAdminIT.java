package io.fairdraw.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.ProcessPlans;
import io.fairdraw.support.WebClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 20 item 2 through the ADMIN pages: a receiver configured (a wrong URL refused, what was typed
 * kept), a catalog item published and revised through the API writes one message per version with
 * a PENDING delivery to it, the delivery list finds it, and a retry is audited. A plan published
 * through the pages and API writes its message with its tasks.
 */
@AppIT
class ExchangeAdminIT {

    static final int YEAR = 2002;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("管理员配置接收方；事项发布与修订各写一条消息并待投递；投递状态页可查询、可重试并留痕")
    void adminConfiguresAReceiverSeesDeliveriesAndRetries() {
        WebClient admin = WebClient.loggedIn(port, "admin");
        String name = "归集测试 " + UUID.randomUUID();
        assertThat(admin.get("/admin/exchange/receivers").body()).contains("receiver-form");
        Map<String, String> form = new HashMap<>(Map.of("name", name, "url", "ftp://example.invalid/x",
                "secret", "exchange-admin-it-secret-0123456789abcdef", "enabled", "true",
                "types", "CATALOG_VERSION_PUBLISHED", "timeoutMs", "2000"));
        assertThat(admin.postForm("/admin/exchange/receivers", form).statusCode()).isEqualTo(302);
        String refused = admin.get("/admin/exchange/receivers").body();
        assertThat(refused).contains("receiver-error").contains("ftp://example.invalid/x").contains(name);

        form.put("url", "http://127.0.0.1:9/inbox");
        assertThat(admin.postForm("/admin/exchange/receivers", form).statusCode()).isEqualTo(302);
        String saved = admin.get("/admin/exchange/receivers").body();
        assertThat(saved).contains("receiver-flash").contains(name)
                .doesNotContain("exchange-admin-it-secret-0123456789abcdef");
        long receiverId = jdbc.sql("SELECT id FROM exchange_receiver WHERE name = ?").param(name).query(Long.class).single();
        try {
            String code = "EXB-" + System.nanoTime() % 1_000_000;
            WebClient api = new WebClient(port);
            HttpResponse<String> created = api.api("POST", "/api/v1/catalog/items", "liaison.d01", item(code, "首次发布", "2002-01-01"));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            HttpResponse<String> revised = api.api("POST", "/api/v1/catalog/items/" + code + "/versions", "liaison.d01",
                    item(code, "依据修订", "2002-06-01"));
            assertThat(revised.statusCode()).as(revised.body()).isEqualTo(201);

            var payloads = jdbc.sql("SELECT payload FROM exchange_message WHERE subject = ? AND type = ? ORDER BY seq")
                    .params(code, "CATALOG_VERSION_PUBLISHED").query(String.class).list();
            assertThat(payloads).hasSize(2);
            assertThat(payloads.get(0)).contains("\"versionNo\":1").contains("《土地管理法》第八十三条");
            assertThat(payloads.get(1)).contains("\"versionNo\":2");

            // PlanService saves the plan before the event: the listener reads it as published, with its task
            long task = ProcessPlans.publishedTask(port, YEAR, CatalogIds.id(revised.body()));
            String plan = jdbc.sql("SELECT payload FROM exchange_message WHERE type = 'PLAN_PUBLISHED' "
                    + "AND payload LIKE ?").param("%\"taskId\":" + task + ",%").query(String.class).single();
            assertThat(plan).contains("\"year\":" + YEAR).contains("\"unitCode\":\"D01\"").contains(code)
                    .contains("\"title\":\"" + YEAR + " fault test plan\"");

            String page = admin.get("/admin/exchange/deliveries?q=" + URLEncoder.encode(code, StandardCharsets.UTF_8)).body();
            assertThat(page).contains("事项版本发布").contains("data-status=\"PENDING\"").contains(name);
            String messageId = jdbc.sql("SELECT id::text FROM exchange_message WHERE subject = ? ORDER BY seq LIMIT 1")
                    .param(code).query(String.class).single();
            assertThat(admin.get("/admin/exchange/deliveries?status=PENDING&q=" + messageId).body())
                    .contains("data-message=\"" + messageId + "\"");

            assertThat(admin.postForm("/admin/exchange/deliveries/retry", Map.of("messageId", messageId,
                    "receiverId", String.valueOf(receiverId))).statusCode()).isEqualTo(302);
            assertThat(admin.get("/admin/exchange/deliveries?q=" + messageId).body()).contains("delivery-flash");
            assertThat(jdbc.sql("SELECT count(*) FROM (SELECT action, target_id FROM audit_entry UNION ALL "
                    + "SELECT action, target_id FROM audit_pending) a WHERE action = 'EXCHANGE_DELIVERY_RETRIED' "
                    + "AND target_id = ?").param(messageId + "/" + receiverId).query(Long.class).single()).isEqualTo(1);
        } finally {
            jdbc.sql("UPDATE exchange_receiver SET enabled = FALSE WHERE id = ?").param(receiverId).update();
        }
    }

    private static String item(String code, String reason, String from) {
        return """
                {"code":"%s","name":"土地违法行为检查","field":"LAND","legalBasis":"《土地管理法》第八十三条","inspectingUnit":"D01",
                 "targetType":"土地使用权人","content":"用地情况","methods":["ON_SITE"],"ratioPercent":5,"frequencyPerYear":1,
                 "effectiveFrom":"%s","reason":"%s"}""".formatted(code, from, reason);
    }

    /** The version id in the API's answer. */
    private static final class CatalogIds {
        static long id(String body) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(body);
            assertThat(m.find()).as(body).isTrue();
            return Long.parseLong(m.group(1));
        }
    }
}
