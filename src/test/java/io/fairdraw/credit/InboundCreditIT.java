package io.fairdraw.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.credit.domain.CreditService;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.SignedCredit;
import io.fairdraw.support.TestDivision;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 外部信用（issue 20 第 3 项）：签名接口收到的分类变更上调主体分类并留痕；签名错误、过期与重放均被拒绝或幂等。 */
@AppIT
class InboundCreditIT {

    static final String SOURCE = "IT-GSXT";
    static final String SECRET = "it-gsxt-secret-0123456789-abcdefghij";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CreditService credit;

    static final String UNIT = "CR21";

    /** Entities of a division of this test's own (the demo units' counts are asserted elsewhere). */
    private String entity(long seed) {
        if (jdbc.sql("SELECT count(*) FROM org_unit WHERE code = ?").param(UNIT).query(Integer.class).single() == 0) {
            TestDivision.create(jdbc, UNIT);
        }
        return TestDivision.entities(jdbc, UNIT, 1, seed).get(0);
    }

    private void ensureSource() {
        if (jdbc.sql("SELECT count(*) FROM credit_source WHERE code = ?").param(SOURCE).query(Integer.class).single() == 0) {
            SignedCredit.source(jdbc, SOURCE, "国家企业信用信息公示系统（测试）", SECRET);
        }
    }

    private String riskClass(String uscc) {
        return jdbc.sql("SELECT risk_class FROM registry_entity WHERE uscc = ?").param(uscc).query(String.class).list().get(0);
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    @Test
    @DisplayName("签名正确的变更把主体上调为 D 类：名录库历史来源为外部信用，审计留痕，主体页面显示来源与日期；原样重发为幂等，同编号不同内容为 409")
    void signedChangeRaisesTheClassAndIsAudited() {
        ensureSource();
        String uscc = entity(20_091);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String json = SignedCredit.change("GSXT-IT-0001", uscc, "D", today, "列入严重违法失信名单", "市监信〔2027〕12号");

        HttpResponse<String> r = SignedCredit.post(port, SOURCE, SECRET, json, now());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.body()).contains("\"outcome\":\"RAISED\"").contains("\"riskClass\":\"D\"");
        assertThat(riskClass(uscc)).isEqualTo("D");
        assertThat(count("SELECT count(*) FROM registry_entity_change WHERE uscc = ? AND source = 'EXTERNAL' "
                + "AND reason LIKE '外部信用%市监信〔2027〕12号%'", uscc)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM credit_class_change WHERE uscc = ? AND to_class = 'D' "
                + "AND external_change_id IS NOT NULL AND rule_code IS NULL", uscc)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'CREDIT_EXTERNAL_CLASS_CHANGED' AND target_id = ?",
                uscc)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'CREDIT_EXTERNAL_RECEIVED' AND summary LIKE ? "
                + "AND actor = ?", SOURCE + " GSXT-IT-0001 %", "source:" + SOURCE)).isEqualTo(1);
        // issue 20 item 2: the class change leaves through the outbox, in the same transaction
        assertThat(count("SELECT count(*) FROM exchange_message WHERE type = 'CREDIT_CLASS_CHANGED' AND subject = ? "
                + "AND payload LIKE ?", uscc, "%EXTERNAL:" + SOURCE + "%")).isEqualTo(1);

        // the staff entity page's credit panel says where the class came from
        String panel = WebClient.loggedIn(port, "planner.d01").get("/credit/entities/" + uscc + "/panel").body();
        assertThat(panel).contains("分类来源：外部信用 · 国家企业信用信息公示系统（测试） · 生效日期 " + today + " · 市监信〔2027〕12号")
                .contains("风险分类 - → D：外部信用");

        // the entity page's history names the source 外部信用 (its unit's staff)
        String entityPage = WebClient.loggedIn(port, "liaison." + UNIT.toLowerCase(java.util.Locale.ROOT))
                .get("/registry/entities/" + uscc).body();
        assertThat(entityPage).contains("<td class=\"fd-source\">外部信用</td>");

        // the same request again (a replay inside the window, or a retry): 200, nothing applied twice
        HttpResponse<String> again = SignedCredit.post(port, SOURCE, SECRET, json, now());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"outcome\":\"DUPLICATE\"");
        assertThat(count("SELECT count(*) FROM credit_external_change WHERE uscc = ?", uscc)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM credit_class_change WHERE uscc = ?", uscc)).isEqualTo(1);

        // the same change id with other content: 409, says the id was used
        HttpResponse<String> reused = SignedCredit.post(port, SOURCE, SECRET,
                SignedCredit.change("GSXT-IT-0001", uscc, "C", today, "另一原因", ""), now());
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(reused.body()).contains("变更编号 GSXT-IT-0001 已于").contains("请以新的变更编号发送");

        // stricter wins: the source lowering its class does not lower it, nor does 信用修复 go below the floor
        HttpResponse<String> lower = SignedCredit.post(port, SOURCE, SECRET,
                SignedCredit.change("GSXT-IT-0002", uscc, "B", today, "移出严重违法失信名单", "市监信〔2027〕30号"), now());
        assertThat(lower.statusCode()).isEqualTo(201);
        assertThat(lower.body()).contains("\"outcome\":\"UNCHANGED\"").contains("\"riskClass\":\"D\"");
        jdbc.sql("UPDATE credit_class_change SET at = now() - interval '3 years' WHERE uscc = ?").param(uscc).update();
        credit.applyCleanRules();
        assertThat(riskClass(uscc)).isEqualTo("C");   // one class down (D → C): the floor is now B
        jdbc.sql("UPDATE credit_class_change SET at = now() - interval '3 years' WHERE uscc = ?").param(uscc).update();
        credit.applyCleanRules();
        assertThat(riskClass(uscc)).isEqualTo("B");
        jdbc.sql("UPDATE credit_class_change SET at = now() - interval '3 years' WHERE uscc = ?").param(uscc).update();
        credit.applyCleanRules();
        assertThat(riskClass(uscc)).as("never below the external floor B").isEqualTo("B");
    }

    @Test
    @DisplayName("签名错误、时间戳过期、来源未登记、主体不在名录库：分别以 401/400 拒绝，中文说明是哪个字段、怎么做，且不存任何数据")
    void badSignatureStaleTimestampAndUnknownEntityAreRefused() throws java.io.IOException {
        ensureSource();
        String uscc = entity(20_092);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String json = SignedCredit.change("GSXT-IT-0100", uscc, "D", today, "测试", "");

        HttpResponse<String> wrongKey = SignedCredit.post(port, SOURCE, SECRET + "x", json, now());
        assertThat(wrongKey.statusCode()).isEqualTo(401);
        assertThat(wrongKey.body()).contains("\"field\":\"X-Fairdraw-Signature\"").contains("签名无效");

        // a signed body altered on the way
        long ts = now();
        String sig = "sha256=" + io.fairdraw.credit.domain.InboundSignature.sign(SECRET, String.valueOf(ts),
                json.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> altered = SignedCredit.send(port, SOURCE, String.valueOf(ts), sig,
                json.replace("\"D\"", "\"A\"").getBytes(StandardCharsets.UTF_8));
        assertThat(altered.statusCode()).isEqualTo(401);

        // a captured request replayed after the window (10 minutes later): refused, even correctly signed
        HttpResponse<String> stale = SignedCredit.post(port, SOURCE, SECRET, json, now() - 600);
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(stale.body()).contains("\"field\":\"X-Fairdraw-Timestamp\"").contains("相差超过 300 秒");

        HttpResponse<String> unknownSource = SignedCredit.post(port, "IT-NOBODY", SECRET, json, now());
        assertThat(unknownSource.statusCode()).isEqualTo(401);
        assertThat(unknownSource.body()).contains("来源编号“IT-NOBODY”未登记");

        assertThat(count("SELECT count(*) FROM credit_external_change WHERE uscc = ?", uscc)).isZero();
        assertThat(riskClass(uscc)).isNull();

        String unknown = io.fairdraw.shared.UnifiedSocialCreditCode.random(new java.util.Random(20_093), "659001").value();
        HttpResponse<String> notInRegistry = SignedCredit.post(port, SOURCE, SECRET,
                SignedCredit.change("GSXT-IT-0101", unknown, "D", today, "测试", ""), now());
        assertThat(notInRegistry.statusCode()).isEqualTo(400);
        assertThat(notInRegistry.body()).contains("\"field\":\"uscc\"").contains("统一社会信用代码 " + unknown + " 不在名录库中");
        // the error documented in docs/integration.md, byte for byte (its code is not in the registry)
        String documented = docBlock("Errors are JSON", "json").replace("\n ", "").strip();
        HttpResponse<String> docError = SignedCredit.post(port, SOURCE, SECRET,
                SignedCredit.change("GSXT-IT-0103", "91659001MA78XK2Q0F", "D", today, "测试", ""), now());
        assertThat(docError.body()).isEqualTo(documented);

        HttpResponse<String> badClass = SignedCredit.post(port, SOURCE, SECRET,
                SignedCredit.change("GSXT-IT-0102", uscc, "E", today, "测试", ""), now());
        assertThat(badClass.statusCode()).isEqualTo(400);
        assertThat(badClass.body()).contains("\"field\":\"riskClass\"").contains("只能是 A、B、C、D 之一");
        assertThat(count("SELECT count(*) FROM credit_external_change WHERE change_id LIKE 'GSXT-IT-010%'")).isZero();
    }

    @Test
    @DisplayName("管理员登记来源（密钥不回显、不写入审计）；非管理员不能打开外部信用页面")
    void adminRegistersASource() {
        WebClient admin = WebClient.loggedIn(port, "admin");
        admin.get("/admin/external-credit");
        HttpResponse<String> saved = admin.postForm("/admin/external-credit/sources", Map.of("code", "IT-TAX",
                "name", "税务（测试）", "secret", "it-tax-secret-0123456789-abcdefghijkl"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String page = admin.get("/admin/external-credit").body();
        assertThat(page).contains("已保存外部信用来源 IT-TAX").contains("税务（测试）").doesNotContain("it-tax-secret");
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'CREDIT_SOURCE_SAVED' AND target_id = 'IT-TAX' "
                + "AND summary NOT LIKE '%it-tax-secret%'")).isEqualTo(1);
        HttpResponse<String> shortSecret = admin.postForm("/admin/external-credit/sources", Map.of("code", "IT-TAX2",
                "name", "税务二", "secret", "short"));
        assertThat(shortSecret.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/external-credit").body()).contains("签名密钥须为 32–200 个字符").contains("税务二");
        assertThat(WebClient.loggedIn(port, "planner.d01").get("/admin/external-credit").statusCode()).isEqualTo(403);
    }

    /** The fenced block after {@code heading} in the inbound-credit section of docs/integration.md, of the given language. */
    private static String docBlock(String heading, String language) throws java.io.IOException {
        String all = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "integration.md"));
        String doc = all.substring(all.indexOf("## Inbound credit (外部信用)"));   // this interface's section
        int from = doc.indexOf("```" + language + "\n", doc.indexOf(heading)) + language.length() + 4;
        return doc.substring(from, doc.indexOf("```", from));
    }

    @Test
    @DisplayName("docs/integration.md 的 curl 示例原样运行（bash + openssl + curl）：把主体上调为 D 类，回答与文档所示一致")
    void theDocumentedCurlExampleRuns() throws Exception {
        String script = docBlock("#### Example with curl", "sh");
        String secret = script.replaceAll("(?s).*SECRET='([^']+)'.*", "$1");
        SignedCredit.source(jdbc, "GSXT", "国家企业信用信息公示系统", secret);
        String uscc = entity(20_095);
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
        pb.environment().put("FAIRDRAW", "http://localhost:" + port);
        pb.environment().put("USCC", uscc);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        String documented = docBlock("Answer (the test checks it", "json").strip();
        assertThat(out.replaceFirst("\"id\":\\d+", "\"id\":1")).isEqualTo(documented);
        assertThat(riskClass(uscc)).isEqualTo("D");
    }
}
