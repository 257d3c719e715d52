package io.fairdraw.notification;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Role;
import java.util.EnumSet;
import java.util.Set;

/** What a reminder is about and who in the unit is told. Text: {@code notification.kind.<NAME>}. */
public enum ReminderKind {
    /** 兵自然资发〔2020〕47号 三(三): the annual plan is due by 31 March. */
    PLAN_DUE(EnumSet.of(Role.PLANNER, Role.REVIEWER)),
    /**
     * 国发〔2019〕5号: a result must be public within 20 working days of the record's submission (issue 19 item 5):
     * reminded while it waits for review and, once approved, until it is published.
     */
    RESULT_DUE(EnumSet.of(Role.REVIEWER)),
    /** 持证上岗: a certificate expires within 30 days. */
    CERTIFICATE_EXPIRING(EnumSet.of(Role.LIAISON)),
    /** 三(三): each division has at least 3 inspectors. */
    UNDERSTAFFED(EnumSet.of(Role.LIAISON)),
    /** 联合抽查: an invitation waits for the partner's answer. */
    JOINT_INVITATION(EnumSet.of(Role.PLANNER, Role.REVIEWER)),
    /** 后续处置 (issue 19 item 4): a follow-up's deadline is near and its 复查 / 移送 / 抄告 not recorded. */
    FOLLOW_UP_DUE(EnumSet.of(Role.REVIEWER, Role.INSPECTOR)),
    /** 后续处置: the deadline passed and nothing was recorded; told again, apart from the earlier reminder. */
    FOLLOW_UP_OVERDUE(EnumSet.of(Role.REVIEWER, Role.INSPECTOR));

    private final Set<Role> audience;

    ReminderKind(Set<Role> audience) {
        this.audience = audience;
    }

    public boolean concerns(FairdrawUser user) {
        return audience.stream().anyMatch(user::has);
    }

    public String messageKey() {
        return "notification.kind." + name();
    }
}
