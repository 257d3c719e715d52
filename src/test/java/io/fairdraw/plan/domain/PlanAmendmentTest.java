package io.fairdraw.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Role;
import io.fairdraw.plan.TaskPeriod;
import io.fairdraw.shared.UserError;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 计划调整聚合：提出人不能审核；已审核的不能再处理；退回需原因；通过时编号为新版本。 */
class PlanAmendmentTest {

    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    static PlanAmendment proposedBy(String username) {
        return new PlanAmendment(3, 7, PlanAmendment.Kind.CHANGE_PERIOD, new PlanAmendment.TaskRef(11L, "T01", "任务"),
                new PlanAmendment.Request(null, new TaskPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 30)), "汛期"),
                new PlanAmendment.Proposal(username, NOW), PlanAmendment.Decision.PENDING, PlanAmendment.Applied.NOT_YET);
    }

    @Test
    @DisplayName("提出人（即使兼有审核人角色）不能通过或退回自己的调整申请")
    void proposerNeverDecides() {
        FairdrawUser both = AnnualPlanTest.named("both", "D01", Role.PLANNER, Role.REVIEWER);
        PlanAmendment a = proposedBy("both");
        assertThatThrownBy(() -> a.approve(both, NOW, 2)).isInstanceOf(SelfApprovalException.class)
                .hasMessage("plan.amendment.own_proposal");
        assertThatThrownBy(() -> a.returnToPlanner(both, NOW, "理由")).isInstanceOf(SelfApprovalException.class);
        assertThat(a.status()).isEqualTo(PlanAmendment.Status.PROPOSED);
        assertThat(a.version()).isNull();
    }

    @Test
    @DisplayName("另一审核人通过：状态、审核人、版本号；再次处理被拒绝")
    void anotherReviewerApprovesOnce() {
        PlanAmendment a = proposedBy("planner");
        FairdrawUser reviewer = AnnualPlanTest.named("reviewer", "D01", Role.REVIEWER);
        a.approve(reviewer, NOW, 2);
        assertThat(a.status()).isEqualTo(PlanAmendment.Status.APPROVED);
        assertThat(a.version()).isEqualTo(2);
        assertThat(a.decidedBy()).isEqualTo("reviewer");
        assertThat(a.decidedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThatThrownBy(() -> a.approve(reviewer, NOW, 3)).isInstanceOf(PlanRuleException.class)
                .hasMessage("plan.amendment.already_decided");
        assertThatThrownBy(() -> a.returnToPlanner(reviewer, NOW, "x")).isInstanceOf(PlanRuleException.class);
    }

    @Test
    @DisplayName("退回必须写明原因，原因去除首尾空白后保存")
    void returnNeedsAReason() {
        PlanAmendment a = proposedBy("planner");
        FairdrawUser reviewer = AnnualPlanTest.named("reviewer", "D01", Role.REVIEWER);
        assertThatThrownBy(() -> a.returnToPlanner(reviewer, NOW, "  ")).isInstanceOf(UserError.class)
                .hasMessage("plan.amendment.return_reason_required");
        a.returnToPlanner(reviewer, NOW, " 理由不充分 ");
        assertThat(a.status()).isEqualTo(PlanAmendment.Status.RETURNED);
        assertThat(a.returnReason()).isEqualTo("理由不充分");
    }
}
