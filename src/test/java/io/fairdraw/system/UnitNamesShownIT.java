package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.organization.Organization;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * issue 21 "Broken or empty": the unit filter on /public/results had options with no text, and the
 * admin and auditor home showed "null" beside bureau departments (templates indexed a map by a bare
 * variable, which SpEL reads as a literal key; see TemplateMapIndexTest).
 */
@AppIT
class UnitNamesShownIT {

    @LocalServerPort
    int port;
    @Autowired
    Organization organization;

    private Map<String, String> names() {
        return organization.units().stream()
                .collect(Collectors.toMap(Organization.UnitView::code, Organization.UnitView::name));
    }

    @Test
    @DisplayName("公开结果页的单位筛选：每个选项都显示单位名称")
    void resultsUnitFilterShowsNames() {
        Document page = Jsoup.parse(new WebClient(port).get("/public/results").body());
        var options = page.select("select[name=unit] option[value~=.+]");
        assertThat(options).isNotEmpty();
        Map<String, String> names = names();
        for (Element o : options) {
            assertThat(o.text()).as(o.val()).isNotBlank().isEqualTo(names.get(o.val()));
        }
    }

    @Test
    @DisplayName("系统管理员和监督员首页：局机关处室旁显示名称，不显示 null")
    void homeShowsDepartmentNames() {
        Map<String, String> names = names();
        for (String user : new String[] {"admin", "auditor"}) {
            String body = WebClient.loggedIn(port, user).get("/").body();
            Document page = Jsoup.parse(body);
            assertThat(page.text()).as(user).doesNotContainPattern("\\bnull\\b");
            var badges = page.select("#warn-joint-pool span[data-unit]");
            assertThat(badges).as(user + ": the demo has departments without a joint-pool inspector").isNotEmpty();
            for (Element b : badges) {
                assertThat(b.text()).as(user).isEqualTo(b.attr("data-unit") + " " + names.get(b.attr("data-unit")));
            }
        }
    }
}
