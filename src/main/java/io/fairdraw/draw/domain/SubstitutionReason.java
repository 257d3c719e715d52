package io.fairdraw.draw.domain;

/**
 * The fixed list of substitution reasons (issue 17 item 6; FD-DRAW-1 §3 "its reason (from a fixed
 * list)"). LEAVE 请假 needs a leave entry recorded before the request, CONFLICT 回避 a declared
 * conflict; OTHER 其他 needs text. Labels: {@code draw.substitution.reason.<NAME>}.
 */
public enum SubstitutionReason {
    LEAVE, CONFLICT, ILLNESS, DUTY, OTHER;

    public String messageKey() {
        return "draw.substitution.reason." + name();
    }
}
