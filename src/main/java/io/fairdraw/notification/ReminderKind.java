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
    FOLLOW_UP_OVERDUE(EnumSet.of(Role.REVIEWER, Role.INSPECTOR)),
    // Issue 21 item 1: reminders written when their event happens, in the event's transaction. The daily job
    // neither creates nor resolves them (timed = false), so the two never duplicate each other.
    /** A plan was submitted: the unit's REVIEWER reviews it. Resolved when it is approved or returned. */
    PLAN_SUBMITTED(EnumSet.of(Role.REVIEWER), false),
    /** A plan was returned (退回): the unit's PLANNER revises it. Resolved when it is submitted again. */
    PLAN_RETURNED(EnumSet.of(Role.PLANNER), false),
    /** A plan was approved: the unit's PLANNER may publish it and draw its tasks. */
    PLAN_APPROVED(EnumSet.of(Role.PLANNER), false),
    /** A draw was executed: each drawn inspector (personal) has new visits. */
    VISITS_DRAWN(EnumSet.of(Role.INSPECTOR), false),
    /** A record was submitted: the task unit's REVIEWER reviews it. Resolved when it is approved or returned. */
    RECORD_SUBMITTED(EnumSet.of(Role.REVIEWER), false),
    /** A record was returned: its team (personal) corrects it. Resolved when it is submitted again. */
    RECORD_RETURNED(EnumSet.of(Role.INSPECTOR), false),
    /** A substitution was requested: the unit's REVIEWER decides it. Resolved when it is decided. */
    SUBSTITUTION_REQUESTED(EnumSet.of(Role.REVIEWER), false),
    /** 异议 (issue 20 item 4): an objection's answer is due within a few working days and it is still open. */
    OBJECTION_DUE(EnumSet.of(Role.REVIEWER)),
    /** 异议: the answer's due date passed with the objection still open; told again, apart from the earlier one. */
    OBJECTION_OVERDUE(EnumSet.of(Role.REVIEWER));

    private final Set<Role> audience;
    private final boolean timed;

    ReminderKind(Set<Role> audience) {
        this(audience, true);
    }

    ReminderKind(Set<Role> audience, boolean timed) {
        this.audience = audience;
        this.timed = timed;
    }

    /** Made due by time alone: the daily job creates and resolves it; otherwise its event does. */
    public boolean timed() {
        return timed;
    }

    public boolean concerns(FairdrawUser user) {
        return audience.stream().anyMatch(user::has);
    }

    public String messageKey() {
        return "notification.kind." + name();
    }
}
