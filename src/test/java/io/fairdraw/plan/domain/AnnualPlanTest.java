package io.fairdraw.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.UnitKind;
import io.fairdraw.plan.PlanStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AnnualPlanTest {

    static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

    static FairdrawUser user(String unit, Role... roles) {
        return named("u-" + java.util.Arrays.toString(roles), unit, roles);
    }

    static FairdrawUser named(String username, String unit, Role... roles) {
        return new FairdrawUser(1, username, "U", unit, unit, UnitKind.DIVISION, Set.of(roles), "", true, null);
    }

    static AnnualPlan draft() {
        return new AnnualPlan(7, "D01", 2026, "plan", PlanStatus.DRAFT, null, null, null, null, null, null, null);
    }

    @Test
    @DisplayName("草稿 → 已提交 → 已审核 → 已公示，每步由对应角色完成")
    void happyPath() {
        AnnualPlan p = draft();
        assertThat(p.submit(user("D01", Role.PLANNER), NOW, 1).planId()).isEqualTo(7);
        assertThat(p.status()).isEqualTo(PlanStatus.SUBMITTED);
        p.approve(user("D01", Role.REVIEWER), NOW);
        assertThat(p.status()).isEqualTo(PlanStatus.APPROVED);
        p.publish(user("D01", Role.REVIEWER), NOW);
        assertThat(p.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(p.publishedAt()).isEqualTo(NOW);
    }

    @Test
    @DisplayName("职责分离：同一账号即使兼有计划员和审核人角色，也不能审核自己提交的计划")
    void submitterNeverApproves() {
        AnnualPlan p = draft();
        FairdrawUser both = named("both", "D01", Role.PLANNER, Role.REVIEWER);
        p.submit(both, NOW, 1);
        assertThatThrownBy(() -> p.approve(both, NOW)).isInstanceOf(SelfApprovalException.class)
                .extracting("messageKey").isEqualTo("plan.approve.own_submission");
        assertThat(p.status()).isEqualTo(PlanStatus.SUBMITTED);
        p.approve(named("other", "D01", Role.REVIEWER), NOW);
        assertThat(p.status()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    @DisplayName("退回须填写原因，退回后回到草稿并保留原因")
    void returnKeepsReason() {
        AnnualPlan p = draft();
        p.submit(user("D01", Role.PLANNER), NOW, 2);
        assertThatThrownBy(() -> p.returnToDraft(user("D01", Role.REVIEWER), " "))
                .isInstanceOf(PlanRuleException.class).extracting("messageKey").isEqualTo("plan.return.reason_required");
        p.returnToDraft(user("D01", Role.REVIEWER), "比例过低");
        assertThat(p.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(p.returnReason()).contains("比例过低");
        p.requireEditableBy(user("D01", Role.PLANNER));
    }

    @Test
    @DisplayName("角色不对或不是本单位：拒绝（403）")
    void wrongRoleOrUnit() {
        AnnualPlan p = draft();
        assertThatThrownBy(() -> p.submit(user("D01", Role.REVIEWER), NOW, 1)).isInstanceOf(PlanForbiddenException.class);
        assertThatThrownBy(() -> p.submit(user("D02", Role.PLANNER), NOW, 1)).isInstanceOf(PlanForbiddenException.class);
        p.submit(user("D01", Role.PLANNER), NOW, 1);
        assertThatThrownBy(() -> p.approve(user("D01", Role.PLANNER), NOW)).isInstanceOf(PlanForbiddenException.class);
        assertThatThrownBy(() -> p.approve(user("D02", Role.REVIEWER), NOW)).isInstanceOf(PlanForbiddenException.class);
        assertThat(p.status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    @DisplayName("状态不对：给出明确原因，状态不变")
    void wrongState() {
        AnnualPlan p = draft();
        assertThatThrownBy(() -> p.approve(user("D01", Role.REVIEWER), NOW)).isInstanceOf(PlanRuleException.class)
                .extracting("messageKey").isEqualTo("plan.transition.wrong_state");
        assertThatThrownBy(() -> p.publish(user("D01", Role.REVIEWER), NOW)).isInstanceOf(PlanRuleException.class);
        assertThatThrownBy(() -> p.submit(user("D01", Role.PLANNER), NOW, 0)).extracting("messageKey")
                .isEqualTo("plan.submit.no_tasks");
        p.submit(user("D01", Role.PLANNER), NOW, 1);
        assertThatThrownBy(() -> p.requireEditableBy(user("D01", Role.PLANNER))).isInstanceOf(PlanRuleException.class);
        assertThatThrownBy(() -> p.submit(user("D01", Role.PLANNER), NOW, 1)).isInstanceOf(PlanRuleException.class);
        assertThat(p.status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    @DisplayName("3 月 31 日后仍未提交即为逾期；3 月 31 日当天提交不算逾期")
    void lateness() {
        assertThat(draft().lateOn(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(draft().lateOn(LocalDate.of(2026, 4, 1))).isTrue();
        AnnualPlan onTime = draft();
        onTime.submit(user("D01", Role.PLANNER), Instant.parse("2026-03-31T15:00:00Z"), 1); // 23:00 Beijing time
        assertThat(onTime.lateOn(LocalDate.of(2026, 6, 1))).isFalse();
        AnnualPlan late = draft();
        late.submit(user("D01", Role.PLANNER), Instant.parse("2026-03-31T16:30:00Z"), 1); // 00:30 on 1 April
        assertThat(late.lateOn(LocalDate.of(2026, 6, 1))).isTrue();
    }
}
