package io.fairdraw.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.RosterOrgs;
import io.fairdraw.shared.UserError;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** 所所交叉只在名单跨越两个以上机构时可选：按名单的机构代码去重计数。 */
class CrossOfficeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    /** A roster as the draw's roster source returns it: inspector → org code, per roster unit. */
    private static CrossOffice over(Map<String, List<String>> orgsByUnit, Set<Set<String>> asked) {
        RosterOrgs orgs = (lead, units, date) -> {
            asked.add(Set.copyOf(units));
            Set<String> out = new HashSet<>();
            units.forEach(u -> out.addAll(orgsByUnit.getOrDefault(u, List.of())));
            return out;
        };
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("rosterOrgs", orgs));
        return new CrossOffice(beans.getBeanProvider(RosterOrgs.class));
    }

    @Test
    @DisplayName("名单只有一个机构：拒绝并说明机构数和代码；加入已确认的联合单位后有两个机构：允许")
    void needsMoreThanOneOrg() {
        Set<Set<String>> asked = new HashSet<>();
        CrossOffice office = over(Map.of("D01", List.of("D01", "D01"), "D02", List.of("D02")), asked);
        UserError refusal = office.refusal("D01", List.of(), DAY).orElseThrow();
        assertThat(refusal.field()).isEqualTo("crossOrg");
        assertThat(refusal.messageKey()).isEqualTo("task.cross_org.single_org");
        assertThat(refusal.args()).containsExactly(1, "D01");
        assertThat(office.refusal("D01", List.of("D02"), DAY)).isEmpty();
        assertThat(asked).contains(Set.of("D01"), Set.of("D01", "D02"));
    }

    @Test
    @DisplayName("一个单位下登记了两个所：名单跨两个机构，允许所所交叉")
    void subOfficesCount() {
        CrossOffice office = over(Map.of("D05", List.of("D05-01", "D05-02")), new HashSet<>());
        assertThat(office.refusal("D05", List.of(), DAY)).isEmpty();
        assertThat(office.orgs("D05", List.of(), DAY)).containsExactly("D05-01", "D05-02");
    }

    @Test
    @DisplayName("没有检查人员名单来源：0 个机构，拒绝")
    void noRosterNoCrossOffice() {
        CrossOffice office = new CrossOffice(new StaticListableBeanFactory().getBeanProvider(RosterOrgs.class));
        assertThat(office.refusal("D01", List.of(), DAY).orElseThrow().args()).containsExactly(0, "-");
    }
}
