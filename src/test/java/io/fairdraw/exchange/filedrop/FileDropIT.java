package io.fairdraw.exchange.filedrop;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.disclosure.DisclosureFixtures;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.organization.Organization;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 20 acceptance 2, the file drop: results published through the reviewer's page (a first result
 * and its correction), the job's method run for that day, and the .xlsx (the project's reader) and the
 * .csv read back — headers, column order under the default and a custom mapping, values — and a re-run
 * that gives the same files and one record of the day. The shared context, no clock moved: the day's
 * other rows (other tests publish today too) are told apart by this test's USCC.
 */
@AppIT
class FileDropIT {

    static final int YEAR = 2008;

    @LocalServerPort
    int port;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    FileDropService service;
    @Autowired
    FileDropJob job;
    @Autowired
    Organization organization;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @TempDir
    Path dir;

    @Test
    @DisplayName("每日文件：公示的结果与更正写入 .xlsx 和 .csv，读回后表头、列顺序和取值正确；重新生成得到相同文件")
    void publishedResultsReadBack() throws Exception {
        DisclosureFixtures fx = new DisclosureFixtures(tx, events);
        String uscc = DisclosureFixtures.uscc();
        String name = "文件交换测试矿业有限公司" + uscc.substring(12);
        long taskId = 882000 + DisclosureFixtures.nextId() % 1000;
        long first = DisclosureFixtures.nextId();
        LocalDate approved = LocalDate.of(YEAR, 6, 2);
        fx.approve(first, null, taskId, "文件交换测试任务", YEAR, "D01", uscc, name, approved, ResultCategory.CORRECTED);
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        reviewer.get("/disclosure");
        assertThat(reviewer.postForm("/disclosure/tasks/" + taskId + "/publish", Map.of()).statusCode()).isEqualTo(302);
        long correction = DisclosureFixtures.nextId();
        fx.approve(correction, first, taskId, "文件交换测试任务", YEAR, "D01", uscc, name, approved.plusDays(1),
                ResultCategory.NO_PROBLEM);
        assertThat(reviewer.postForm("/disclosure/tasks/" + taskId + "/publish", Map.of()).statusCode()).isEqualTo(302);
        LocalDate today = BusinessClock.today(clock);
        String unitName = organization.units().stream().filter(u -> u.code().equals("D01")).findFirst().orElseThrow().name();

        // The configured (default) mapping and directory, through the job's body for that day.
        FileDrop drop = job.runFor(today);
        assertThat(drop.status()).isEqualTo(FileDrop.Status.WRITTEN);
        assertThat(drop.files()).containsExactly("fairdraw-results-" + today + ".xlsx", "fairdraw-results-" + today + ".csv");
        Path xlsx = service.settings().directory().resolve(drop.files().get(0));
        Path csv = service.settings().directory().resolve(drop.files().get(1));
        List<String> header = List.of("统一社会信用代码", "市场主体名称", "抽查事项", "检查实施机关", "抽查类型", "抽查日期", "抽查结果",
                "抽查任务名称", "事项编码", "公示日期", "检查记录编号", "记录类型", "所更正的检查记录编号");
        List<List<String>> expected = List.of(
                List.of(uscc, name, "土地利用检查", unitName, "", approved.minusDays(3).toString(), "发现问题已责令改正",
                        "文件交换测试任务", "TST-ITEM-1", today.toString(), String.valueOf(first), "原始", ""),
                List.of(uscc, name, "规划许可检查", unitName, "", approved.minusDays(3).toString(), "未发现问题",
                        "文件交换测试任务", "TST-ITEM-2", today.toString(), String.valueOf(first), "原始", ""),
                List.of(uscc, name, "土地利用检查", unitName, "", approved.minusDays(2).toString(), "未发现问题",
                        "文件交换测试任务", "TST-ITEM-1", today.toString(), String.valueOf(correction), "更正",
                        String.valueOf(first)),
                List.of(uscc, name, "规划许可检查", unitName, "", approved.minusDays(2).toString(), "未发现问题",
                        "文件交换测试任务", "TST-ITEM-2", today.toString(), String.valueOf(correction), "更正",
                        String.valueOf(first)));
        for (List<List<String>> rows : List.of(DropFiles.xlsx(xlsx), DropFiles.csv(csv))) {
            assertThat(rows.get(0)).isEqualTo(header);
            assertThat(rows.stream().filter(r -> r.get(0).equals(uscc)).toList()).isEqualTo(expected);
            assertThat(rows).hasSize(drop.rows() + 1);
        }

        // A custom mapping: the receiver's own headers and order.
        FileDropSettings custom = service.settings().with(dir.resolve("custom"),
                List.of("Code=uscc", "result_code", "entity_name", "Kind=record_kind", "corrects_record_id"));
        FileDrop customDrop = service.drop(today, custom);
        Path customCsv = dir.resolve("custom").resolve(customDrop.files().get(1));
        List<List<String>> customExpected = List.of(
                List.of(uscc, "CORRECTED", name, "原始", ""), List.of(uscc, "NO_PROBLEM", name, "原始", ""),
                List.of(uscc, "NO_PROBLEM", name, "更正", String.valueOf(first)),
                List.of(uscc, "NO_PROBLEM", name, "更正", String.valueOf(first)));
        for (List<List<String>> rows : List.of(DropFiles.xlsx(dir.resolve("custom").resolve(customDrop.files().get(0))),
                DropFiles.csv(customCsv))) {
            assertThat(rows.get(0)).containsExactly("Code", "抽查结果代码", "市场主体名称", "Kind", "所更正的检查记录编号");
            assertThat(rows.stream().filter(r -> r.get(0).equals(uscc)).toList()).isEqualTo(customExpected);
        }

        // A re-run of the day: the same files, no second copy, no duplicated row, one record (two runs).
        byte[] csvBefore = Files.readAllBytes(csv);
        List<List<String>> xlsxBefore = DropFiles.xlsx(xlsx);
        FileDrop again = job.runFor(today);
        assertThat(Files.readAllBytes(csv)).isEqualTo(csvBefore);
        assertThat(DropFiles.xlsx(xlsx)).isEqualTo(xlsxBefore);
        try (Stream<Path> files = Files.list(service.settings().directory())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(f -> f.contains(today.toString())))
                    .as("the day's files only, no temporary file left").containsExactlyInAnyOrderElementsOf(drop.files());
        }
        assertThat(again.rows()).isEqualTo(drop.rows());
        assertThat(again.attempts()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM exchange_file_drop WHERE day = ?").param(today)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'FILE_DROP_WRITTEN' AND target_id = ?")
                .param(today.toString()).query(Integer.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    @DisplayName("管理页：列出每日文件；重新生成某日（记入审计日志，执行人为管理员）；未来日期和无法写入的目录给出中文说明")
    void adminPageRerunsADay() throws Exception {
        WebClient admin = WebClient.loggedIn(port, "admin");
        LocalDate day = LocalDate.of(YEAR, 6, 9);
        assertThat(admin.get("/admin/file-drops").statusCode()).isEqualTo(200);
        assertThat(admin.postForm("/admin/file-drops/run", Map.of("day", day.toString())).statusCode()).isEqualTo(302);
        String page = admin.get("/admin/file-drops").body();
        assertThat(page).contains("fairdraw-results-" + day + ".xlsx").contains("已生成").contains("统一社会信用代码");
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'FILE_DROP_WRITTEN' AND target_id = ? "
                + "ORDER BY seq DESC LIMIT 1").param(day.toString()).query(String.class).single()).isEqualTo("admin");
        Path written = service.settings().directory().resolve("fairdraw-results-" + day + ".csv");
        assertThat(DropFiles.csv(written)).hasSize(1);   // nothing published that day: the header only

        admin.postForm("/admin/file-drops/run", Map.of("day", BusinessClock.today(clock).plusDays(1).toString()));
        assertThat(admin.get("/admin/file-drops").body()).contains("晚于今天");

        // A directory that cannot be written: recorded as FAILED, with the reason, for ADMIN to see and run again.
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the directory should be");
        FileDrop failed = service.drop(day.plusDays(1), service.settings().with(blocked.resolve("sub"), List.of()));
        assertThat(failed.failed()).isTrue();
        assertThat(failed.error()).contains("blocked");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'FILE_DROP_FAILED' AND target_id = ?")
                .param(day.plusDays(1).toString()).query(Integer.class).single()).isPositive();
    }
}
