package io.fairdraw.inspection;

import static io.fairdraw.inspection.InspectionFixtures.accountFor;
import static io.fairdraw.inspection.InspectionFixtures.form;
import static io.fairdraw.inspection.InspectionFixtures.itemCodes;
import static io.fairdraw.inspection.InspectionFixtures.openRecord;
import static io.fairdraw.inspection.InspectionFixtures.resource;
import static io.fairdraw.inspection.InspectionFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import io.fairdraw.support.WebClient.FilePart;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 检查结果记录：只有检查组成员可以记录；双人确认后才能提交；审核人审核通过或退回；审核通过后不可修改，
 * 更正为关联原记录的新记录；证据按内容识别类型、超限拒收，其余内容保留。
 */
@AppIT
class InspectionRecordIT {

    static final int YEAR = 2071;
    static final String YESTERDAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
    static String drawId;

    @LocalServerPort
    int port;

    @Autowired
    DemoPlans plans;

    @Autowired
    JdbcClient jdbc;

    record Team(InspectionFixtures.VisitRow visit, WebClient a, WebClient b) {
    }

    private synchronized List<InspectionFixtures.VisitRow> visits() {
        if (drawId == null) {
            drawId = InspectionFixtures.drawnTask(jdbc, plans, new WebClient(port), "D01", YEAR, 10, null);
        }
        List<InspectionFixtures.VisitRow> v = InspectionFixtures.visits(jdbc, drawId);
        assertThat(v).as("visits of %s", drawId).hasSizeGreaterThanOrEqualTo(5);
        return v;
    }

    private Team team(int index) {
        InspectionFixtures.VisitRow v = visits().get(index);
        return new Team(v, WebClient.loggedIn(port, accountFor(jdbc, v.inspectors().get(0))),
                WebClient.loggedIn(port, accountFor(jdbc, v.inspectors().get(1))));
    }

    private static String page(long visitId) {
        return "/inspection/visits/" + visitId;
    }

    private long start(WebClient c, long visitId) {
        c.get(page(visitId));
        HttpResponse<String> r = c.postForm(page(visitId) + "/record", Map.of());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        long id = openRecord(jdbc, visitId);
        InspectionFixtures.pointEvidence(jdbc, id); // issue 19 item 3: a 不符合 point needs its own evidence
        return id;
    }

    private static HttpResponse<String> save(WebClient c, long visitId, long recordId, Map<String, String> fields,
                                             List<FilePart> files) {
        c.get(page(visitId));
        return c.postMultipart("/inspection/records/" + recordId, fields, files);
    }

    private static HttpResponse<String> act(WebClient c, long visitId, long recordId, String action, Map<String, String> f) {
        c.get(page(visitId));
        return c.postForm("/inspection/records/" + recordId + "/" + action, f);
    }

    /** The message the redirect target shows (flash). */
    private static String afterRedirect(WebClient c, HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        return c.get(location.replaceFirst("^https?://[^/]+", "")).body();
    }

    private String findings(long recordId) {
        return jdbc.sql("SELECT string_agg(findings, '|' ORDER BY sort) FROM inspection_record_item WHERE record_id = ?")
                .param(recordId).query(String.class).single();
    }

    private int version(long recordId) {
        return jdbc.sql("SELECT version FROM inspection_record WHERE id = ?").param(recordId).query(Integer.class).single();
    }

    private List<String> confirmed(long recordId) {
        return jdbc.sql("SELECT confirmed_by FROM inspection_record WHERE id = ?").param(recordId)
                .query((rs, i) -> Arrays.asList((String[]) rs.getArray(1).getArray())).single();
    }

    /** Records, confirms by both, submits; returns the record id. */
    private long submitted(Team t, String category, String disposal, String findings) {
        long id = start(t.a(), t.visit().id());
        assertThat(save(t.a(), t.visit().id(), id, form(itemCodes(jdbc, id), YESTERDAY, category, disposal, findings),
                List.of()).statusCode()).isEqualTo(302);
        afterRedirect(t.a(), act(t.a(), t.visit().id(), id, "confirm", Map.of()));
        afterRedirect(t.b(), act(t.b(), t.visit().id(), id, "confirm", Map.of()));
        afterRedirect(t.a(), act(t.a(), t.visit().id(), id, "submit", Map.of()));
        assertThat(status(jdbc, id)).isEqualTo("SUBMITTED");
        return id;
    }

    @Test
    @DisplayName("只有检查组成员可以开始和保存记录：组外检查人员、审核人得到 403，记录不变")
    void onlyTeamMembersRecord() {
        InspectionFixtures.VisitRow v = visits().get(0);
        String outsiderName = accountFor(jdbc, InspectionFixtures.outsider(jdbc, "D01", v.inspectors()));
        WebClient outsider = WebClient.loggedIn(port, outsiderName);
        outsider.get(page(v.id()));
        assertThat(outsider.postForm(page(v.id()) + "/record", Map.of()).statusCode()).isEqualTo(403);
        assertThat(openRecord(jdbc, v.id())).as("nothing created").isNull();

        WebClient member = WebClient.loggedIn(port, accountFor(jdbc, v.inspectors().get(0)));
        long id = start(member, v.id());
        List<String> items = itemCodes(jdbc, id);
        assertThat(items).as("one visit covers every item of the task").isNotEmpty();

        HttpResponse<String> byOutsider = save(outsider, v.id(), id, form(items, YESTERDAY, "NO_PROBLEM", null, "outsider"),
                List.of());
        assertThat(byOutsider.statusCode()).isEqualTo(403);
        outsider.get(page(v.id()));
        assertThat(outsider.postForm("/inspection/records/" + id + "/draft",
                form(items, YESTERDAY, "NO_PROBLEM", null, "outsider")).statusCode()).isEqualTo(403);
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        assertThat(save(reviewer, v.id(), id, form(items, YESTERDAY, "NO_PROBLEM", null, "reviewer"), List.of())
                .statusCode()).isEqualTo(403);
        assertThat(findings(id)).doesNotContain("outsider").doesNotContain("reviewer");

        // The member's autosave works (what the phone sends while typing).
        member.get(page(v.id()));
        HttpResponse<String> autosave = member.postForm("/inspection/records/" + id + "/draft",
                form(items, YESTERDAY, "NO_PROBLEM", null, "autosaved text"));
        assertThat(autosave.statusCode()).as(autosave.body()).isEqualTo(200);
        assertThat(findings(id)).startsWith("autosaved text");
    }

    @Test
    @DisplayName("双人确认：未完整填写不能确认；一人确认不能提交；确认后修改内容需重新确认；两人确认后提交")
    void bothMembersMustConfirm() {
        Team t = team(1);
        long visitId = t.visit().id();
        long id = start(t.a(), visitId);
        List<String> items = itemCodes(jdbc, id);

        save(t.a(), visitId, id, form(items, YESTERDAY, "PENDING_FOLLOW_UP", null, "未按批准用途使用土地"), List.of());
        String page = afterRedirect(t.a(), act(t.a(), visitId, id, "confirm", Map.of()));
        assertThat(page).contains("请选择后续处置");
        assertThat(confirmed(id)).isEmpty();

        save(t.a(), visitId, id, form(items, YESTERDAY, "PENDING_FOLLOW_UP", "RECTIFY_TRACKED", "未按批准用途使用土地"), List.of());
        afterRedirect(t.a(), act(t.a(), visitId, id, "confirm", Map.of()));
        assertThat(confirmed(id)).containsExactly(t.visit().inspectors().get(0));
        page = afterRedirect(t.a(), act(t.a(), visitId, id, "submit", Map.of()));
        assertThat(page).contains("检查组全体成员确认后才能提交");
        assertThat(status(jdbc, id)).isEqualTo("DRAFT");

        afterRedirect(t.b(), act(t.b(), visitId, id, "confirm", Map.of()));
        assertThat(confirmed(id)).containsExactlyInAnyOrderElementsOf(t.visit().inspectors());
        // A change after both confirmed voids the confirmations: they confirm content, not a record id.
        save(t.a(), visitId, id, form(items, YESTERDAY, "PENDING_FOLLOW_UP", "RECTIFY_TRACKED", "未按批准用途使用土地，面积约 2 亩"),
                List.of());
        assertThat(confirmed(id)).isEmpty();
        afterRedirect(t.a(), act(t.a(), visitId, id, "submit", Map.of()));
        assertThat(status(jdbc, id)).isEqualTo("DRAFT");

        afterRedirect(t.a(), act(t.a(), visitId, id, "confirm", Map.of()));
        afterRedirect(t.b(), act(t.b(), visitId, id, "confirm", Map.of()));
        afterRedirect(t.b(), act(t.b(), visitId, id, "submit", Map.of()));
        assertThat(status(jdbc, id)).isEqualTo("SUBMITTED");
    }

    @Test
    @DisplayName("审核：只有任务所属单位的审核人能通过或退回；退回须附理由并回到草稿；通过后检查任务为已审核")
    void reviewTransitionsAndRoles() {
        Team t = team(2);
        long visitId = t.visit().id();
        long id = submitted(t, "NO_PROBLEM", null, "现场核查，未发现问题");

        assertThat(act(t.a(), visitId, id, "approve", Map.of()).statusCode()).as("inspector").isEqualTo(403);
        assertThat(act(WebClient.loggedIn(port, "planner.d01"), visitId, id, "approve", Map.of()).statusCode())
                .as("planner").isEqualTo(403);
        WebClient otherUnit = WebClient.loggedIn(port, "reviewer.d02");
        otherUnit.get("/inspection/review");
        assertThat(otherUnit.postForm("/inspection/records/" + id + "/approve", Map.of()).statusCode())
                .as("reviewer of another unit: the record is not even visible").isEqualTo(404);
        assertThat(status(jdbc, id)).isEqualTo("SUBMITTED");

        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        assertThat(reviewer.get("/inspection/review").body()).contains("data-record=\"" + id + "\"");
        String page = afterRedirect(reviewer, act(reviewer, visitId, id, "return", Map.of("reason", " ")));
        assertThat(page).contains("请填写退回理由");
        assertThat(status(jdbc, id)).isEqualTo("SUBMITTED");
        page = afterRedirect(reviewer, act(reviewer, visitId, id, "return", Map.of("reason", "现场照片缺失，请补充")));
        assertThat(status(jdbc, id)).isEqualTo("DRAFT");
        assertThat(confirmed(id)).isEmpty();
        assertThat(t.a().get(page(visitId)).body()).contains("现场照片缺失，请补充");
        page = afterRedirect(reviewer, act(reviewer, visitId, id, "approve", Map.of()));
        assertThat(page).contains("记录不在待审核状态");
        assertThat(status(jdbc, id)).isEqualTo("DRAFT");

        afterRedirect(t.a(), act(t.a(), visitId, id, "confirm", Map.of()));
        afterRedirect(t.b(), act(t.b(), visitId, id, "confirm", Map.of()));
        afterRedirect(t.a(), act(t.a(), visitId, id, "submit", Map.of()));
        afterRedirect(reviewer, act(reviewer, visitId, id, "approve", Map.of()));
        assertThat(status(jdbc, id)).isEqualTo("APPROVED");
        assertThat(jdbc.sql("SELECT status FROM inspection_visit WHERE id = ?").param(visitId).query(String.class).single())
                .as("the cool-down reads approved visits").isEqualTo("APPROVED");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'INSPECTION_RECORD_APPROVED' AND target_id = ?")
                .param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
        assertThat(act(reviewer, visitId, id, "approve", Map.of()).statusCode()).as("approved is final").isEqualTo(403);
    }

    @Test
    @DisplayName("审核通过的记录不能修改（403，内容不变）；更正是关联原记录的新记录，审核通过后取代原记录的信用记录")
    void approvedRecordIsFinalAndCorrectionLinksToIt() {
        Team t = team(3);
        long visitId = t.visit().id();
        long id = submitted(t, "PENDING_FOLLOW_UP", "RECTIFY_TRACKED", "擅自改变土地用途");
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        afterRedirect(reviewer, act(reviewer, visitId, id, "approve", Map.of()));
        assertThat(status(jdbc, id)).isEqualTo("APPROVED");
        String findingsBefore = findings(id);
        int versionBefore = version(id);
        List<String> items = itemCodes(jdbc, id);

        assertThat(save(t.a(), visitId, id, form(items, YESTERDAY, "NO_PROBLEM", null, "changed afterwards"),
                List.of(new FilePart("files0", "site-photo.jpg", resource("site-photo.jpg")))).statusCode()).isEqualTo(403);
        t.a().get(page(visitId));
        assertThat(t.a().postForm("/inspection/records/" + id + "/draft", form(items, YESTERDAY, "NO_PROBLEM", null, "x"))
                .statusCode()).isEqualTo(403);
        assertThat(act(t.a(), visitId, id, "confirm", Map.of()).statusCode()).isEqualTo(403);
        assertThat(findings(id)).isEqualTo(findingsBefore);
        assertThat(version(id)).isEqualTo(versionBefore);
        // (the 不符合 point's evidence the fixture put there, issue 19 item 3, aside)
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_evidence WHERE record_id = ? AND point_no IS NULL").param(id)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM credit_record WHERE inspection_record = ? AND superseded_by IS NULL")
                .param(id).query(Integer.class).single()).as("the violation became a credit record").isEqualTo(1);

        afterRedirect(t.b(), act(t.b(), visitId, id, "correction", Map.of()));
        Long correction = openRecord(jdbc, visitId);
        assertThat(correction).isNotNull().isNotEqualTo(id);
        assertThat(jdbc.sql("SELECT corrects_record_id FROM inspection_record WHERE id = ?").param(correction)
                .query(Long.class).single()).isEqualTo(id);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'INSPECTION_CORRECTION_STARTED' AND target_id = ?")
                .param(String.valueOf(correction)).query(Integer.class).single()).isEqualTo(1);
        assertThat(findings(correction)).as("starts as a copy").isEqualTo(findingsBefore);

        save(t.b(), visitId, correction, form(items, YESTERDAY, "CORRECTED", "RECTIFY_TRACKED", "已当场责令改正"), List.of());
        afterRedirect(t.a(), act(t.a(), visitId, correction, "confirm", Map.of()));
        afterRedirect(t.b(), act(t.b(), visitId, correction, "confirm", Map.of()));
        afterRedirect(t.b(), act(t.b(), visitId, correction, "submit", Map.of()));
        afterRedirect(reviewer, act(reviewer, visitId, correction, "approve", Map.of()));
        assertThat(status(jdbc, correction)).isEqualTo("APPROVED");
        assertThat(status(jdbc, id)).as("the original stays as it was").isEqualTo("APPROVED");
        assertThat(findings(id)).isEqualTo(findingsBefore);
        assertThat(jdbc.sql("SELECT superseded_by FROM credit_record WHERE inspection_record = ?").param(id)
                .query(Long.class).single()).isEqualTo(correction);
        assertThat(t.a().get(page(visitId)).body()).contains("本记录更正第 " + id + " 号记录");
    }

    @Test
    @DisplayName("证据：改名为 .jpg 的可执行文件和超过 10 MB 的文件被拒收并提示，其余内容保留；照片生成缩略图，SHA-256 写入审计")
    void evidenceIsCheckedByContentAndSize() throws Exception {
        Team t = team(4);
        long visitId = t.visit().id();
        long id = start(t.a(), visitId);
        List<String> items = itemCodes(jdbc, id);

        HttpResponse<String> exe = save(t.a(), visitId, id, form(items, YESTERDAY, "NO_PROBLEM", null, "围墙外侧堆放建筑垃圾"),
                List.of(new FilePart("files0", "disguised-program.jpg", resource("disguised-program.jpg"))));
        assertThat(exe.statusCode()).isEqualTo(400);
        assertThat(exe.body()).contains("disguised-program.jpg").contains("不是 JPEG、PNG 图片或 PDF 文件");
        assertThat(exe.body()).as("what was typed is still in the form").contains("围墙外侧堆放建筑垃圾");
        assertThat(findings(id)).startsWith("围墙外侧堆放建筑垃圾");

        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(resource("site-photo.jpg"), 0, big, 0, 3);
        HttpResponse<String> tooBig = save(t.a(), visitId, id, form(items, YESTERDAY, "NO_PROBLEM", null, "围墙外侧堆放建筑垃圾，已清理"),
                List.of(new FilePart("files0", "huge.jpg", big)));
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.body()).contains("huge.jpg").contains("超过 10 MB");
        assertThat(findings(id)).startsWith("围墙外侧堆放建筑垃圾，已清理");
        // (the 不符合 point's evidence the fixture put there, issue 19 item 3, aside)
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_evidence WHERE record_id = ? AND point_no IS NULL").param(id)
                .query(Integer.class).single()).isZero();

        byte[] photo = resource("site-photo.jpg");
        HttpResponse<String> ok = save(t.a(), visitId, id, form(items, YESTERDAY, "NO_PROBLEM", null, "围墙外侧堆放建筑垃圾，已清理"),
                List.of(new FilePart("files0", "site-photo.jpg", photo),
                        new FilePart("files0", "site-report.pdf", resource("site-report.pdf"))));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(302);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
        var stored = jdbc.sql("SELECT id, content_type, sha256, thumbnail IS NOT NULL FROM inspection_evidence "
                        + "WHERE record_id = ? AND point_no IS NULL ORDER BY id").param(id)
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).subList(1, 4)).containsExactly("image/jpeg", sha, "t");
        assertThat(stored.get(1).get(1)).isEqualTo("application/pdf");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'INSPECTION_EVIDENCE_ADDED' AND summary LIKE ?")
                .param("%sha256=" + sha + "%").query(Integer.class).single()).isEqualTo(1);
        HttpResponse<byte[]> thumb = t.b().getBytes("/inspection/evidence/" + stored.get(0).get(0) + "?thumb=true");
        assertThat(thumb.statusCode()).isEqualTo(200);
        assertThat(thumb.headers().firstValue("Content-Type").orElse("")).startsWith("image/jpeg");
        assertThat(t.a().get(page(visitId)).body()).contains("fd-thumb");
    }

    @Test
    @DisplayName("演示数据：inspector.d01a/b 看到第一师演示抽取的检查任务；有已审核（含违法违规及其信用记录）、已审核无问题、待审核和草稿记录")
    void demoVisitsAndRecords() {
        String html = WebClient.loggedIn(port, "inspector.d01a").get("/inspection/visits").body();
        List<Long> demoVisits = jdbc.sql("SELECT v.id FROM inspection_visit v JOIN inspection_account a "
                        + "ON a.inspector_id = ANY(v.inspectors) WHERE a.username = 'inspector.d01a' AND v.draw_id LIKE '2026-D01-%'")
                .query(Long.class).list();
        assertThat(demoVisits).isNotEmpty();
        demoVisits.forEach(id -> assertThat(html).contains("data-visit=\"" + id + "\""));
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_visit v JOIN inspection_account a "
                + "ON a.inspector_id = ANY(v.inspectors) WHERE a.username = 'inspector.d01b' AND v.draw_id LIKE '2026-D01-%'")
                .query(Integer.class).single()).isPositive();

        Map<String, Integer> byStatus = new java.util.HashMap<>();
        jdbc.sql("SELECT r.status, count(*) FROM inspection_record r JOIN inspection_visit v ON v.id = r.visit_id "
                        + "WHERE v.draw_id LIKE '2026-D01-%' AND r.created_by LIKE 'demo:%' GROUP BY r.status")
                .query((rs, i) -> byStatus.put(rs.getString(1), rs.getInt(2))).list();
        assertThat(byStatus).containsEntry("APPROVED", 2).containsEntry("SUBMITTED", 1).containsEntry("DRAFT", 1);
        assertThat(jdbc.sql("SELECT count(*) FROM credit_record c JOIN inspection_record r ON r.id = c.inspection_record "
                + "WHERE r.created_by LIKE 'demo:%'").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("联络员把本单位检查人员账户关联到名录中的本单位人员；其他单位的人员或非检查人员账户被拒绝")
    void liaisonLinksAccounts() {
        String free = jdbc.sql("SELECT id FROM inspector WHERE unit_code = 'D02' AND id NOT IN "
                + "(SELECT inspector_id FROM inspection_account) ORDER BY id LIMIT 1").query(String.class).single();
        jdbc.sql("INSERT INTO org_account (username, display_name, unit_code, password_hash) SELECT 'it.link.d02', 'IT link', "
                + "'D02', password_hash FROM org_account WHERE username = 'inspector.d02a' ON CONFLICT DO NOTHING").update();
        jdbc.sql("INSERT INTO org_account_role (account_id, role) SELECT id, 'INSPECTOR' FROM org_account "
                + "WHERE username = 'it.link.d02' ON CONFLICT DO NOTHING").update();
        WebClient liaison = WebClient.loggedIn(port, "liaison.d02");
        liaison.get("/inspection/accounts");
        String refused = afterRedirect(liaison, liaison.postForm("/inspection/accounts",
                Map.of("username", "it.link.d02", "inspectorId", "XJ-D01-001")));
        assertThat(refused).contains("没有编号为 XJ-D01-001 的人员");
        refused = afterRedirect(liaison, liaison.postForm("/inspection/accounts",
                Map.of("username", "planner.d02", "inspectorId", free)));
        assertThat(refused).contains("没有检查人员角色");
        String linked = afterRedirect(liaison, liaison.postForm("/inspection/accounts",
                Map.of("username", "it.link.d02", "inspectorId", free)));
        assertThat(linked).contains("it.link.d02").contains(free);
        assertThat(jdbc.sql("SELECT inspector_id FROM inspection_account WHERE username = 'it.link.d02'")
                .query(String.class).single()).isEqualTo(free);
        assertThat(WebClient.loggedIn(port, "planner.d02").get("/inspection/accounts").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("检查通知书和检查记录表可打印：检查对象、事项及依据、检查组成员及执法证号")
    void printableNoticeAndSheet() {
        Team t = team(5);
        long visitId = t.visit().id();
        String notice = t.a().get(page(visitId) + "/notice").body();
        String certificate = jdbc.sql("SELECT certificate_no FROM inspector WHERE id = ?").param(t.visit().inspectors().get(0))
                .query(String.class).single();
        assertThat(notice).contains("检查通知书").contains(t.visit().uscc()).contains("执法证号 " + certificate)
                .contains("依据：").contains("第一师").contains("inspection-print.css");
        long id = start(t.a(), visitId);
        save(t.a(), visitId, id, form(itemCodes(jdbc, id), YESTERDAY, "NO_PROBLEM", null, "资料齐全"),
                List.of(new FilePart("files0", "boundary-sketch.png", resource("boundary-sketch.png"))));
        String sheet = t.b().get("/inspection/records/" + id + "/sheet").body();
        assertThat(sheet).contains("检查记录表").contains("资料齐全").contains("执法证号 " + certificate)
                .contains("boundary-sketch.png").contains("SHA-256").contains("依据：");
        assertThat(WebClient.loggedIn(port, "reviewer.d02").get(page(visitId) + "/notice").statusCode())
                .as("another unit does not see it").isEqualTo(404);
    }
}
