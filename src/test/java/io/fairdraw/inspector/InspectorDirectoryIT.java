package io.fairdraw.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.shared.UnifiedSocialCreditCode;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 执法检查人员名录库：抽取名单与回避关系（FD-DRAW-1 §1）、数据范围、个人信息脱敏、首页预警。
 * Uses the demo directory; tests that change data use D02 inspectors and far-future dates only.
 */
@AppIT
class InspectorDirectoryIT {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    InspectorDirectory directory;

    @Autowired
    JdbcClient jdbc;

    static List<String> ids(List<RosterEntry> roster) {
        return roster.stream().map(e -> e.inspectorId().value()).toList();
    }

    @Test
    @DisplayName("抽取名单：只含当日持证、在岗、未请假的人员，按编号排序；可并入各处室联合抽查人员")
    void roster() {
        // Demo D01: 006 expires in 20 days, 007 expired, 008 on leave until day +10, 009 off duty.
        assertThat(ids(directory.roster(Set.of("D01"), false, TODAY))).containsExactly("XJ-D01-001", "XJ-D01-002",
                "XJ-D01-003", "XJ-D01-004", "XJ-D01-005", "XJ-D01-006");
        assertThat(ids(directory.roster(Set.of("D01"), false, TODAY.plusDays(11)))).contains("XJ-D01-008");
        assertThat(ids(directory.roster(Set.of("D01"), false, TODAY.plusDays(21)))).doesNotContain("XJ-D01-006");
        List<RosterEntry> joint = directory.roster(Set.of("D01"), true, TODAY);
        assertThat(ids(joint)).contains("XJ-BT-GH-01", "XJ-BT-KC-01", "XJ-BT-LC-01", "XJ-BT-SYQ-01")
                .doesNotContain("XJ-BT-GH-02").isSorted();
        assertThat(joint).filteredOn(e -> e.inspectorId().value().equals("XJ-BT-KC-01"))
                .extracting(RosterEntry::unitCode).containsExactly("BT-KC");
    }

    @Test
    @DisplayName("回避关系：返回所给人员的 (编号, 统一社会信用代码)，代码均有效")
    void conflicts() {
        List<ConflictPair> pairs = directory.conflicts(List.of(InspectorId.of("XJ-D01-001"), InspectorId.of("XJ-D01-002"),
                InspectorId.of("XJ-D01-004")));
        assertThat(pairs).extracting(p -> p.inspectorId().value()).containsExactly("XJ-D01-001", "XJ-D01-002");
        assertThat(pairs).allMatch(p -> UnifiedSocialCreditCode.isValid(p.uscc()) && p.uscc().startsWith("91659001"));
    }

    @Test
    @DisplayName("首页预警：师市局可抽取人员不足 3 人、处室未指定联合抽查人员、执法证 30 天内到期（真实人数）")
    void dashboardWarnings() {
        String admin = WebClient.loggedIn(port, "admin").get("/").body();
        assertThat(admin).contains("id=\"warn-understaffed\"").contains("id=\"warn-joint-pool\"")
                .contains("id=\"warn-expiring\"");
        assertThat(admin).contains("D03 第三师图木舒克市自然资源和规划局：2 人").contains("D04 第四师可克达拉市自然资源和规划局：1 人")
                .contains("D05 第五师双河市自然资源和规划局：1 人").doesNotContain("data-unit=\"D01\"")
                .doesNotContain("data-unit=\"D06\"");
        assertThat(admin).contains("data-unit=\"BT-GDBH\"").contains("data-unit=\"BT-CH\"").contains("data-unit=\"BT-ZF\"")
                .doesNotContain("data-unit=\"BT-KC\"");
        assertThat(admin).contains("data-inspector=\"XJ-D01-006\"").contains("data-inspector=\"XJ-D02-003\"");
        StaffingWarnings w = directory.warnings(null, TODAY);
        // the demo's divisions D01–D14 (other test classes add test divisions of their own with few inspectors)
        assertThat(w.understaffedDivisions()).extracting(StaffingWarnings.UnitCount::unitCode)
                .filteredOn(code -> code.matches("D(0[1-9]|1[0-4])")).containsExactly("D03", "D04", "D05");
        String d01 = WebClient.loggedIn(port, "liaison.d01").get("/").body();
        assertThat(d01).doesNotContain("id=\"warn-understaffed\"").doesNotContain("id=\"warn-joint-pool\"")
                .contains("data-inspector=\"XJ-D01-006\"").doesNotContain("XJ-D02-003");
    }

    @Test
    @DisplayName("第一师联络员不能读取或修改第二师检查人员（页面 404、API 404）；第二师计划管理员只读（403）")
    void scoping() {
        String before = name("XJ-D02-002");
        WebClient d01 = WebClient.loggedIn(port, "liaison.d01");
        assertThat(d01.get("/inspectors/XJ-D02-002").statusCode()).isEqualTo(404);
        d01.get("/inspectors");
        assertThat(d01.postForm("/inspectors/XJ-D02-002/edit", Map.of("id", "XJ-D02-002", "name", "改名",
                "status", "ON_DUTY")).statusCode()).isEqualTo(404);
        assertThat(d01.postForm("/inspectors/XJ-D02-002/leaves", Map.of("start", TODAY.plusYears(3).toString(),
                "end", TODAY.plusYears(3).toString())).statusCode()).isEqualTo(404);
        WebClient api = new WebClient(port);
        String body = "{\"id\":\"XJ-D02-002\",\"name\":\"改名\",\"status\":\"ON_DUTY\"}";
        assertThat(api.api("GET", "/api/v1/inspectors/XJ-D02-002", "liaison.d01", null).statusCode()).isEqualTo(404);
        assertThat(api.api("PUT", "/api/v1/inspectors/XJ-D02-002", "liaison.d01", body).statusCode()).isEqualTo(404);
        assertThat(api.api("PUT", "/api/v1/inspectors/XJ-D02-002", "planner.d02", body).statusCode()).isEqualTo(403);
        assertThat(name("XJ-D02-002")).isEqualTo(before);
        assertThat(leaves("XJ-D02-002")).isZero();
    }

    @Test
    @DisplayName("联系电话、身份证号：计划管理员、监督员看到脱敏值（列表、详情、导出、API）；本单位联络员和管理员看到原值")
    void masking() throws Exception {
        String phone = jdbc.sql("SELECT phone FROM inspector WHERE id = 'XJ-D01-001'").query(String.class).single();
        String idNo = jdbc.sql("SELECT id_number FROM inspector WHERE id = 'XJ-D01-001'").query(String.class).single();
        String maskedPhone = phone.substring(0, 3) + "****" + phone.substring(7);
        String maskedId = idNo.substring(0, 4) + "**********" + idNo.substring(14);
        for (String user : List.of("planner.d01", "auditor")) {
            WebClient c = WebClient.loggedIn(port, user);
            String list = c.get("/inspectors?q=XJ-D01-001").body();
            assertThat(list).as(user).contains(maskedPhone).contains(maskedId).doesNotContain(phone).doesNotContain(idNo);
            assertThat(c.get("/inspectors/XJ-D01-001").body()).as(user).contains(maskedPhone).doesNotContain(phone);
            Row row = exportRow(c, "XJ-D01-001");
            assertThat(row.getCellText(8)).as(user).isEqualTo(maskedPhone);
            assertThat(row.getCellText(9)).as(user).isEqualTo(maskedId);
            assertThat(new WebClient(port).api("GET", "/api/v1/inspectors/XJ-D01-001", user, null).body())
                    .as(user).contains(maskedPhone).doesNotContain(phone);
        }
        for (String user : List.of("liaison.d01", "admin")) {
            WebClient c = WebClient.loggedIn(port, user);
            assertThat(c.get("/inspectors?q=XJ-D01-001").body()).as(user).contains(phone).contains(idNo);
            assertThat(exportRow(c, "XJ-D01-001").getCellText(8)).as(user).isEqualTo(phone);
        }
    }

    @Test
    @DisplayName("请假登记后当日不在名单中；删除请假须确认、留痕，删除后恢复")
    void leaveChangesRoster() {
        LocalDate day = TODAY.plusYears(1).withDayOfYear(100);
        WebClient d02 = WebClient.loggedIn(port, "liaison.d02");
        d02.get("/inspectors/XJ-D02-006");
        assertThat(d02.postForm("/inspectors/XJ-D02-006/leaves", Map.of("start", day.plusDays(1).toString(),
                "end", day.toString(), "reason", "x")).statusCode()).isEqualTo(302);
        assertThat(d02.get("/inspectors/XJ-D02-006").body()).contains("结束日期不能早于开始日期");
        d02.postForm("/inspectors/XJ-D02-006/leaves", Map.of("start", day.toString(), "end", day.plusDays(2).toString(),
                "reason", "年休假"));
        assertThat(ids(directory.roster(Set.of("D02"), false, day.plusDays(2)))).doesNotContain("XJ-D02-006");
        assertThat(ids(directory.roster(Set.of("D02"), false, day.plusDays(3)))).contains("XJ-D02-006");
        String page = d02.get("/inspectors/XJ-D02-006").body();
        assertThat(page).contains("data-confirm=\"确定删除这条请假记录吗？\"");
        long leaveId = jdbc.sql("SELECT id FROM inspector_leave WHERE inspector_id = 'XJ-D02-006'").query(Long.class).single();
        d02.postForm("/inspectors/XJ-D02-006/leaves/" + leaveId + "/delete", Map.of());
        assertThat(ids(directory.roster(Set.of("D02"), false, day.plusDays(2)))).contains("XJ-D02-006");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'INSPECTOR_LEAVE_DELETED' AND target_id = 'XJ-D02-006'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("回避声明：无效代码给出中文提示并保留输入；有效代码进入回避关系")
    void declareConflict() {
        WebClient d02 = WebClient.loggedIn(port, "liaison.d02");
        d02.get("/inspectors/XJ-D02-006");
        d02.postForm("/inspectors/XJ-D02-006/conflicts", Map.of("uscc", "91659001ABCDEFGHJ0", "reason", "亲属"));
        assertThat(d02.get("/inspectors/XJ-D02-006").body()).contains("统一社会信用代码").contains("91659001ABCDEFGHJ0");
        String uscc = UnifiedSocialCreditCode.random(new java.util.Random(7), "659001").value();
        d02.postForm("/inspectors/XJ-D02-006/conflicts", Map.of("uscc", uscc.toLowerCase(), "reason", "亲属"));
        assertThat(directory.conflicts(List.of(InspectorId.of("XJ-D02-006"))))
                .containsExactly(new ConflictPair(InspectorId.of("XJ-D02-006"), uscc));
    }

    @Test
    @DisplayName("只有业务处室可指定联合抽查人员：师市局联络员勾选时提示且保留输入")
    void jointPoolOnlyForDepartments() {
        WebClient d02 = WebClient.loggedIn(port, "liaison.d02");
        d02.get("/inspectors/XJ-D02-004/edit");
        HttpResponse<String> r = d02.postForm("/inspectors/XJ-D02-004/edit", Map.of("id", "XJ-D02-004", "name", "新名字甲",
                "status", "ON_DUTY", "jointPool", "true", "certificateNo", "XJ1", "certificateExpiry",
                TODAY.plusYears(1).toString()));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("只有兵团自然资源局业务处室可以指定联合抽查人员").contains("新名字甲");
        assertThat(name("XJ-D02-004")).isNotEqualTo("新名字甲");
    }

    private Row exportRow(WebClient c, String id) throws Exception {
        HttpResponse<byte[]> x = c.getBytes("/inspectors/export?q=" + id);
        assertThat(x.statusCode()).isEqualTo(200);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(x.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(8)).isEqualTo("联系电话");
            return rows.stream().filter(r -> r.getCellText(0).equals(id)).findFirst().orElseThrow();
        }
    }

    private String name(String id) {
        return jdbc.sql("SELECT name FROM inspector WHERE id = ?").param(id).query(String.class).single();
    }

    private long leaves(String id) {
        return jdbc.sql("SELECT count(*) FROM inspector_leave WHERE inspector_id = ?").param(id).query(Long.class).single();
    }
}
