package io.fairdraw.inspection;

import static io.fairdraw.inspection.InspectionFixtures.accountFor;
import static io.fairdraw.inspection.InspectionFixtures.itemCodes;
import static io.fairdraw.inspection.InspectionFixtures.openRecord;
import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import io.fairdraw.support.WebClient.FilePart;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 检查表（issue 19 第 3 项）：记录逐项询问检查要点；无法开展检查的类别直接选择并须附证据；检查记录表列出要点。 */
@AppIT
class ChecklistRecordIT {

    static final int YEAR = 2095;

    @LocalServerPort
    int port;

    @Autowired
    DemoPlans plans;

    @Autowired
    JdbcClient jdbc;

    /** One drawn task for the class (a unit has one plan a year). */
    private static String drawId;

    private synchronized InspectionFixtures.VisitRow visit(int index) {
        if (drawId == null) {
            drawId = InspectionFixtures.drawnTask(jdbc, plans, new WebClient(port), "D01", YEAR, 10, null);
        }
        return InspectionFixtures.visits(jdbc, drawId).get(index);
    }

    private static String afterRedirect(WebClient c, HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        return c.get(r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
    }

    @Test
    @DisplayName("通过登记的住所无法联系：不逐项检查，直接选择类别；未附证据不能确认，附证据后可以确认；检查记录表列出空白要点")
    void entityLevelCategoryNeedsItsEvidence() {
        InspectionFixtures.VisitRow visit = visit(0);
        WebClient a = WebClient.loggedIn(port, accountFor(jdbc, visit.inspectors().get(0)));
        String page = "/inspection/visits/" + visit.id();
        a.get(page);
        assertThat(a.postForm(page + "/record", Map.of()).statusCode()).isEqualTo(302);
        long id = openRecord(jdbc, visit.id());
        long points = jdbc.sql("SELECT count(*) FROM inspection_record_point WHERE record_id = ?").param(id)
                .query(Long.class).single();
        assertThat(points).as("the demo items' checklists were copied into the record").isPositive();

        String blank = a.get("/inspection/records/" + id + "/sheet").body();
        assertThat(blank).contains("□符合 □不符合 □不涉及").contains("依据条款");

        Map<String, String> f = new LinkedHashMap<>();
        f.put("inspectionDate", InspectionRecordIT.YESTERDAY);
        f.put("entityCategory", "UNREACHABLE");
        List<String> items = itemCodes(jdbc, id);
        for (int i = 0; i < items.size(); i++) {
            f.put("items[" + i + "].itemCode", items.get(i));
            f.put("items[" + i + "].disposal", "STOP_INSPECTION");
        }
        a.get(page);
        assertThat(a.postMultipart("/inspection/records/" + id, f, List.of()).statusCode()).isEqualTo(302);
        a.get(page);
        String refused = afterRedirect(a, a.postForm("/inspection/records/" + id + "/confirm", Map.of()));
        assertThat(refused).contains("请上传相应证据");
        assertThat(jdbc.sql("SELECT cardinality(confirmed_by) FROM inspection_record WHERE id = ?").param(id)
                .query(Integer.class).single()).isZero();

        a.get(page);
        HttpResponse<String> withPhoto = a.postMultipart("/inspection/records/" + id, f,
                List.of(new FilePart("files0", "closed-door.jpg", InspectionFixtures.resource("site-photo.jpg"))));
        assertThat(withPhoto.statusCode()).as(withPhoto.body()).isEqualTo(302);
        a.get(page);
        afterRedirect(a, a.postForm("/inspection/records/" + id + "/confirm", Map.of()));
        assertThat(jdbc.sql("SELECT confirmed_by[1] FROM inspection_record WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo(visit.inspectors().get(0));
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_record_point WHERE record_id = ? AND answer IS NOT NULL")
                .param(id).query(Long.class).single()).as("no point is asked when no inspection could be done").isZero();
    }

    @Test
    @DisplayName("不符合要点未填写问题时不能确认；事项结果不能与要点矛盾")
    void noncompliantPointNeedsItsFinding() {
        InspectionFixtures.VisitRow visit = visit(1);
        WebClient a = WebClient.loggedIn(port, accountFor(jdbc, visit.inspectors().get(0)));
        String page = "/inspection/visits/" + visit.id();
        a.get(page);
        assertThat(a.postForm(page + "/record", Map.of()).statusCode()).isEqualTo(302);
        long id = openRecord(jdbc, visit.id());
        InspectionFixtures.pointEvidence(jdbc, id);
        List<String> items = itemCodes(jdbc, id);

        Map<String, String> f = InspectionFixtures.form(items, InspectionRecordIT.YESTERDAY, "PENDING_FOLLOW_UP",
                "RECTIFY_TRACKED", "");
        f.put("points[0].finding", "");
        a.get(page);
        assertThat(a.postMultipart("/inspection/records/" + id, f, List.of()).statusCode()).isEqualTo(302);
        a.get(page);
        assertThat(afterRedirect(a, a.postForm("/inspection/records/" + id + "/confirm", Map.of())))
                .contains("第 1 项检查要点为不符合，请填写发现的问题");

        // Every point 符合 but a problem category typed: the result follows from the points.
        Map<String, String> clean = InspectionFixtures.form(items, InspectionRecordIT.YESTERDAY, "NO_PROBLEM", null, "");
        clean.put("items[0].category", "PENDING_FOLLOW_UP");
        a.get(page);
        assertThat(a.postMultipart("/inspection/records/" + id, clean, List.of()).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT category FROM inspection_record_item WHERE record_id = ? ORDER BY sort LIMIT 1")
                .param(id).query(String.class).single()).isEqualTo("NO_PROBLEM");
    }
}
