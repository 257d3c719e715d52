package io.fairdraw.disclosure.objection;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.disclosure.DisclosureFixtures;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.notification.domain.ReminderJob;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import io.fairdraw.support.WebClient.FilePart;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 异议（issue 20 item 4）：公众无需登录对已公示结果提出异议；每个字段的错误说明是哪个字段、怎么改，已填内容保留；
 * 与名录库核对统一社会信用代码和法定代表人；附件按内容识别、只收一个；按客户端限制频率；联系方式不公开；
 * 公示单位的审核人答复；答复期限前和逾期时提醒。
 */
@AppIT
class ObjectionIT {

    static final int RESULT_YEAR = 2010;   // a result year only: no plan (the plan year 2010 is ObjectionBrowserIT's)
    static final String PDF = "%PDF-1.4\n% objection\n";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ObjectionLimiter limiter;
    @Autowired
    ReminderJob reminders;

    record Published(long recordId, String uscc, String name, String legalRep) {
    }

    @BeforeEach
    void freshLimit() {
        limiter.reset();
    }

    /** A published result of D01 about a registry entity with a legal representative (a different one each call). */
    private Published published(int offset) {
        var e = jdbc.sql("SELECT uscc, name FROM registry_entity WHERE unit_code = 'D01' AND status = 'ACTIVE' "
                + "ORDER BY uscc DESC OFFSET ? LIMIT 1").param(offset).query((rs, i) -> List.of(rs.getString(1), rs.getString(2))).single();
        String legalRep = "异议测试" + offset;
        jdbc.sql("UPDATE registry_entity SET legal_rep = ? WHERE uscc = ?").params(legalRep, e.get(0)).update();
        long record = DisclosureFixtures.nextId();
        new DisclosureFixtures(tx, events).approve(record, null, 20100000L + offset, "异议测试任务", RESULT_YEAR, "D01",
                e.get(0), e.get(1), LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2), ResultCategory.CORRECTED);
        WebClient reviewer = reviewer();
        reviewer.get("/disclosure");
        assertThat(reviewer.postForm("/disclosure/records/" + record + "/publish", Map.of()).statusCode()).isEqualTo(302);
        return new Published(record, e.get(0), e.get(1), legalRep);
    }

    private static WebClient reviewer;

    /** reviewer.d01, signed in once for the class (each sign-in costs a bcrypt check). */
    private WebClient reviewer() {
        if (reviewer == null || reviewer.base() == null || !reviewer.base().contains(":" + port)) {
            reviewer = WebClient.loggedIn(port, "reviewer.d01");
        }
        return reviewer;
    }

    private static Map<String, String> fields(Published p, String name, String contact, String uscc, String legalRep,
                                              String reason) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("objectorName", name);
        f.put("contact", contact);
        f.put("uscc", uscc);
        f.put("legalRepresentative", legalRep);
        f.put("reason", reason);
        return f;
    }

    private HttpResponse<String> file(WebClient c, Published p, Map<String, String> f, List<FilePart> files) {
        return c.postMultipart("/public/results/" + p.recordId() + "/objection", f, files);
    }

    @Test
    @DisplayName("提出异议：无需登录；各字段错误指明字段和做法且保留已填内容；核对名录库；附件按内容识别、只收一个；联系方式不公开")
    void filing() {
        Published p = published(3);
        WebClient anon = new WebClient(port);
        assertThat(anon.get("/public/entities/" + p.uscc()).body()).contains("/public/results/" + p.recordId() + "/objection");
        assertThat(anon.get("/public/results/" + p.recordId() + "/objection").body()).contains("对检查结果提出异议").contains(p.name());
        assertThat(anon.get("/public/results/1/objection").statusCode()).as("not a published result").isEqualTo(404);

        HttpResponse<String> empty = file(anon, p, fields(p, "", "", "", "", ""), List.of());
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("请填写“异议人姓名”").contains("请填写“联系电话或电子邮箱”")
                .contains("请填写“主体统一社会信用代码”").contains("请填写“法定代表人”").contains("请填写“异议理由”");

        String other = jdbc.sql("SELECT uscc FROM registry_entity WHERE uscc <> ? ORDER BY uscc LIMIT 1").param(p.uscc())
                .query(String.class).single();
        HttpResponse<String> wrongEntity = file(anon, p, fields(p, "王五", "13800000000", other, p.legalRep(), "结果有误"), List.of());
        assertThat(wrongEntity.statusCode()).isEqualTo(400);
        assertThat(wrongEntity.body()).contains("不是本检查结果所涉主体").contains("value=\"王五\"").contains("结果有误");
        assertThat(file(anon, p, fields(p, "王五", "13800000000", "91650000ABCDEFGHIJ", p.legalRep(), "x"), List.of()).body())
                .contains("不是有效的 18 位统一社会信用代码");

        HttpResponse<String> wrongRep = file(anon, p, fields(p, "王五", "13800000000", p.uscc().toLowerCase(), "李四", "结果有误"), List.of());
        assertThat(wrongRep.statusCode()).isEqualTo(400);
        assertThat(wrongRep.body()).contains("“法定代表人”与市场主体名录库登记的不一致").doesNotContain(p.legalRep());

        limiter.reset(); // every submission counts against the rate limit (rateLimited below)
        Map<String, String> ok = fields(p, "王五", "wangwu@example.cn", p.uscc(), " " + p.legalRep() + " ", "现场已整改，检查结果应为未发现问题");
        HttpResponse<String> exe = file(anon, p, ok, List.of(new FilePart("attachment", "证明.pdf", new byte[]{'M', 'Z', 0, 0, 1})));
        assertThat(exe.statusCode()).isEqualTo(400);
        assertThat(exe.body()).contains("不是 JPEG、PNG 图片或 PDF 文件").contains("现场已整改");
        HttpResponse<String> two = file(anon, p, ok, List.of(new FilePart("attachment", "a.pdf", PDF.getBytes(StandardCharsets.US_ASCII)),
                new FilePart("attachment", "b.pdf", PDF.getBytes(StandardCharsets.US_ASCII))));
        assertThat(two.body()).contains("证明材料只能上传一个文件");
        assertThat(count(p.recordId())).as("nothing filed yet").isZero();

        limiter.reset();
        HttpResponse<String> filed = file(anon, p, ok, List.of(new FilePart("attachment", "证明.pdf", PDF.getBytes(StandardCharsets.US_ASCII))));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
        assertThat(count(p.recordId())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT content_type || ' ' || contact FROM disclosure_objection WHERE record_id = ?")
                .param(p.recordId()).query(String.class).single()).isEqualTo("application/pdf wangwu@example.cn");
        assertThat(jdbc.sql("SELECT summary FROM audit_entry WHERE action = 'OBJECTION_FILED' AND summary LIKE ?")
                .param("record " + p.recordId() + " %").query(String.class).single()).doesNotContain("wangwu").doesNotContain("王五");
        assertThat(file(anon, p, ok, List.of()).body()).as("one open objection per result").contains("已有异议正在处理");

        String page = anon.get("/public/entities/" + p.uscc()).body();
        assertThat(page).contains("对本结果提出异议").contains("待答复").doesNotContain("wangwu").doesNotContain("王五");
        String json = anon.get("/public/results.json?uscc=" + p.uscc(), "application/json").body();
        assertThat(json).contains(p.uscc()).doesNotContain("wangwu").doesNotContain("王五");
    }

    @Test
    @DisplayName("频率限制：同一客户端在时间窗内超过次数（含无效提交）得到 429 和中文说明，已填内容保留")
    void rateLimited() {
        Published p = published(4);
        WebClient anon = new WebClient(port);
        for (int i = 0; i < limiter.perClient(); i++) {
            assertThat(file(anon, p, fields(p, "赵六", "", "", "", "理由" + i), List.of()).statusCode()).isEqualTo(400);
        }
        HttpResponse<String> refused = file(anon, p, fields(p, "赵六", "zl@example.cn", p.uscc(), p.legalRep(), "第六次"), List.of());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("提交过于频繁").contains("第六次");
        assertThat(count(p.recordId())).isZero();
    }

    @Test
    @DisplayName("答复：只有公示单位的审核人；答复意见必填；异议不成立在公示页面显示；答复期限前提醒、逾期再提醒，答复后消除")
    void answerAndReminders() {
        Published p = published(5);
        WebClient anon = new WebClient(port);
        assertThat(file(anon, p, fields(p, "钱七", "qq@example.cn", p.uscc(), p.legalRep(), "不服"), List.of()).statusCode())
                .isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM disclosure_objection WHERE record_id = ?").param(p.recordId()).query(Long.class).single();
        LocalDate filedOn = jdbc.sql("SELECT filed_on FROM disclosure_objection WHERE id = ?").param(id).query(LocalDate.class).single();
        LocalDate due = jdbc.sql("SELECT answer_due FROM disclosure_objection WHERE id = ?").param(id).query(LocalDate.class).single();
        assertThat(due).isAfter(filedOn.plusDays(14)); // 15 working days (fairdraw.objection.answer-working-days)

        reminders.runFor(filedOn);
        assertThat(reminder("OBJECTION_DUE", id)).as("15 working days ahead: not yet").isZero();
        reminders.runFor(due);
        assertThat(reminder("OBJECTION_DUE", id)).as("due today: reminded").isEqualTo(1);
        assertThat(reminder("OBJECTION_OVERDUE", id)).isZero();
        reminders.runFor(due.plusDays(1));
        assertThat(reminder("OBJECTION_OVERDUE", id)).as("past due: reminded again").isEqualTo(1);

        for (String other : List.of("reviewer.d02")) {
            WebClient c = WebClient.loggedIn(port, other);
            assertThat(c.get("/disclosure/objections/" + id).statusCode()).as(other).isEqualTo(403);
            c.get("/");
            assertThat(c.postForm("/disclosure/objections/" + id + "/answer", Map.of("outcome", "REJECTED", "answer", "x"))
                    .statusCode()).as(other).isEqualTo(403);
        }
        WebClient reviewer = reviewer();
        assertThat(reviewer.get("/disclosure/objections").body()).contains("objection-" + id);
        assertThat(reviewer.get("/").body()).as("the REVIEWER's 工作台").contains("id=\"todo-objections\"")
                .contains("/disclosure/objections/" + id);
        assertThat(reviewer.get("/disclosure/objections/" + id).body()).contains("qq@example.cn");
        HttpResponse<String> noText = reviewer.postForm("/disclosure/objections/" + id + "/answer", Map.of("outcome", "REJECTED"));
        assertThat(noText.statusCode()).isEqualTo(400);
        assertThat(noText.body()).contains("请填写“答复意见”");
        reviewer.get("/disclosure/objections/" + id);
        assertThat(reviewer.postForm("/disclosure/objections/" + id + "/answer",
                Map.of("outcome", "REJECTED", "answer", "检查时未整改，结果无误")).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'OBJECTION_ANSWERED' AND target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(anon.get("/public/entities/" + p.uscc()).body()).contains("答复：异议不成立").doesNotContain("qq@example.cn");

        reminders.runFor(due.plusDays(2));
        assertThat(unresolved(id)).as("answered: its reminders are resolved").isZero();
    }

    @Test
    @DisplayName("docs/integration.md 的 curl 示例原样运行（替换端口、记录号、代码、法定代表人和文件）得到 302")
    void curlExampleInTheDocs() throws Exception {
        Published p = published(6);
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/integration.md"), StandardCharsets.UTF_8);
        String block = doc.substring(doc.indexOf("<!-- curl-example -->"), doc.indexOf("<!-- /curl-example -->"));
        String command = block.substring(block.indexOf("curl "), block.lastIndexOf("```")).strip();
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("proof", ".pdf");
        java.nio.file.Files.writeString(pdf, PDF, StandardCharsets.US_ASCII);
        command = command.replace("http://localhost:8080", "http://localhost:" + port)
                .replace("/results/1234/", "/results/" + p.recordId() + "/")
                .replace("91650100MA7XXXXXXX", p.uscc()).replace("legalRepresentative=张三", "legalRepresentative=" + p.legalRep())
                .replace("@proof.pdf", "@" + pdf);
        Process curl = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(curl.waitFor()).as(out).isZero();
        assertThat(out).as(command).startsWith("HTTP/1.1 302")
                .contains("Location: http://localhost:" + port + "/public/results/" + p.recordId() + "/objection/filed");
        assertThat(jdbc.sql("SELECT objector_name || ' ' || content_type FROM disclosure_objection WHERE record_id = ?")
                .param(p.recordId()).query(String.class).single()).isEqualTo("王五 application/pdf");
        java.nio.file.Files.deleteIfExists(pdf);
    }

    private long count(long recordId) {
        return jdbc.sql("SELECT count(*) FROM disclosure_objection WHERE record_id = ?").param(recordId).query(Long.class).single();
    }

    private long reminder(String kind, long objectionId) {
        return jdbc.sql("SELECT count(*) FROM notification_reminder WHERE kind = ? AND unit_code = 'D01' AND subject = ?")
                .params(kind, String.valueOf(objectionId)).query(Long.class).single();
    }

    private long unresolved(long objectionId) {
        return jdbc.sql("SELECT count(*) FROM notification_reminder WHERE kind LIKE 'OBJECTION_%' AND subject = ? "
                + "AND resolved_at IS NULL").param(String.valueOf(objectionId)).query(Long.class).single();
    }
}
