package io.fairdraw.plan.web;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Role;
import io.fairdraw.plan.PlanStatus;
import io.fairdraw.plan.domain.AnnualPlan;
import io.fairdraw.plan.domain.Partner;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the overlap report may offer "propose a joint task" (issue 19 item 2: 同一主体 … 联合抽查):
 * the plan's own planner, while the plan is a draft (the partner invitation's own rule), to a unit
 * other than the plan's that is not already invited or joined.
 */
record JointProposal(boolean allowed, String planUnit, Set<String> partners) {

    static JointProposal of(AnnualPlan plan, FairdrawUser user, List<Partner> partners) {
        boolean allowed = plan.status() == PlanStatus.DRAFT && user != null && user.has(Role.PLANNER)
                && plan.unitCode().equals(user.unitCode());
        return new JointProposal(allowed, plan.unitCode(), partners.stream()
                .filter(p -> p.status() != Partner.Status.DECLINED).map(Partner::unitCode).collect(Collectors.toSet()));
    }

    /** The action is shown for that unit's task. */
    public boolean offers(String unitCode) {
        return allowed && !planUnit.equals(unitCode) && !partners.contains(unitCode);
    }

    public boolean invited(String unitCode) {
        return partners.contains(unitCode);
    }
}
