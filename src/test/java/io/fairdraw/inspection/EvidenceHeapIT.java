package io.fairdraw.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.inspection.domain.HostileImages;
import io.fairdraw.support.AppProcess;
import io.fairdraw.support.ExternalPostgres;
import io.fairdraw.support.WebClient;
import io.fairdraw.support.WebClient.FilePart;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 §3 against the packaged application in a 512 MB heap ({@link AppProcess} starts it with
 * {@code -Xmx512m}), started with {@code -XX:+ExitOnOutOfMemoryError}: had any upload made the heap
 * overflow, the process would have died, and the last steps (a normal upload, the process still
 * alive) would fail. What this proves: no OutOfMemoryError, i.e. the heap never needed more than
 * 512 MB. Before the change, the bomb alone decoded 23000 × 23000 = 529 MB of pixels, and three
 * concurrent 150 MB uploads were each copied whole into a byte array.
 */
class EvidenceHeapIT {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path work;

    @Test
    @DisplayName("512 MB 堆：图片炸弹和 3 个并发的 150 MB 上传被拒收（中文提示），进程未内存溢出，随后正常上传成功")
    void bombAndOversizedUploadsInA512MbHeap() throws Exception {
        try (ExternalPostgres pg = ExternalPostgres.create(work.resolve("pg"))) {
            Map<String, String> env = new HashMap<>(pg.appEnv());
            env.put("JAVA_TOOL_OPTIONS", "-XX:+ExitOnOutOfMemoryError");
            try (AppProcess app = AppProcess.start(work, List.of(), env)) {
                assertThat(app.port()).as(app.output()).isPositive();
                WebClient inspector = WebClient.loggedIn(app.port(), "inspector.d01a");
                long[] visitAndRecord = draftOf(pg, inspector);
                long visitId = visitAndRecord[0];
                long recordId = visitAndRecord[1];
                // a 检查日期 the demo task accepts (issue 21 item 5): yesterday, or its period's last day
                String date = pg.string("SELECT LEAST(t.period_end, (now() AT TIME ZONE 'Asia/Shanghai')::date - 1)::text "
                        + "FROM inspection_visit v JOIN plan_task t ON t.id = v.task_id WHERE v.id = " + visitId);
                Map<String, String> form = InspectionFixtures.form(itemCodes(pg, recordId), date,
                        "NO_PROBLEM", null, "现场核查");
                String page = "/inspection/visits/" + visitId;
                String action = "/inspection/records/" + recordId;

                inspector.get(page);
                HttpResponse<String> bomb = inspector.postMultipart(action, form,
                        List.of(new FilePart("files0", "bomb.png", HostileImages.greyPng(23_000, 23_000, 1))));
                assertThat(bomb.statusCode()).as(bomb.body()).isEqualTo(400);
                assertThat(bomb.body()).contains("bomb.png").contains("23000×23000 像素，超过 50 百万像素的上限");

                inspector.get(page);
                List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    String name = "huge-" + i + ".jpg";
                    uploads.add(CompletableFuture.supplyAsync(
                            () -> inspector.postMultipartStreamed(action, form, "files0", name, 150 * MB)));
                }
                for (int i = 0; i < 3; i++) {
                    HttpResponse<String> r = uploads.get(i).join();
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
                    assertThat(r.body()).contains("huge-" + i + ".jpg").contains("超过 10 MB，未上传");
                }

                inspector.get(page);
                HttpResponse<String> ok = inspector.postMultipart(action, form,
                        List.of(new FilePart("files0", "site-photo.jpg", InspectionFixtures.resource("site-photo.jpg"))));
                assertThat(ok.statusCode()).as("the app still serves: " + ok.body()).isEqualTo(302);
                assertThat(app.output()).doesNotContain("java.lang.OutOfMemoryError");
                assertThat(pg.count("SELECT count(*) FROM inspection_evidence WHERE record_id = ?", recordId)).isEqualTo(1);
            }
        }
    }

    /** A draft of a visit of inspector.d01a's: the demo's, or one started now on an untouched visit. */
    private static long[] draftOf(ExternalPostgres pg, WebClient inspector) throws Exception {
        String mine = "(SELECT inspector_id FROM inspection_account WHERE username = 'inspector.d01a')";
        // The demo draws are executed in the background once their dice moment has passed (issue 17).
        for (int i = 0; i < 120 && longOrNull(pg, "SELECT v.id FROM inspection_visit v WHERE " + mine
                + " = ANY(v.inspectors) LIMIT 1") == null; i++) {
            Thread.sleep(500);
        }
        Long visit = longOrNull(pg, "SELECT v.id FROM inspection_visit v JOIN inspection_record r ON r.visit_id = v.id "
                + "WHERE r.status = 'DRAFT' AND " + mine + " = ANY(v.inspectors) ORDER BY v.id LIMIT 1");
        if (visit == null) {
            visit = longOrNull(pg, "SELECT v.id FROM inspection_visit v WHERE " + mine + " = ANY(v.inspectors) "
                    + "AND NOT EXISTS (SELECT 1 FROM inspection_record r WHERE r.visit_id = v.id) ORDER BY v.id LIMIT 1");
            assertThat(visit).as("a visit of inspector.d01a").isNotNull();
            inspector.get("/inspection/visits/" + visit);
            assertThat(inspector.postForm("/inspection/visits/" + visit + "/record", Map.of()).statusCode()).isEqualTo(302);
        }
        long record = longOrNull(pg, "SELECT id FROM inspection_record WHERE visit_id = " + visit + " AND status = 'DRAFT'");
        return new long[] {visit, record};
    }

    private static Long longOrNull(ExternalPostgres pg, String sql) throws Exception {
        String s = pg.string(sql);
        return s == null ? null : Long.valueOf(s);
    }

    private static List<String> itemCodes(ExternalPostgres pg, long recordId) throws Exception {
        List<String> codes = new ArrayList<>();
        try (Connection c = pg.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT item_code FROM inspection_record_item WHERE record_id = ? ORDER BY sort, item_code")) {
            s.setLong(1, recordId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        return codes;
    }
}
