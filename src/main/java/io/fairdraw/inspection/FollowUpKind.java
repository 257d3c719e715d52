package io.fairdraw.inspection;

import java.util.Optional;

/**
 * 后续处置 that is followed to the end (issue 19 item 4), from the disposal of a result with a
 * problem. Labels: {@code inspection.followup.kind.<NAME>}.
 */
public enum FollowUpKind {
    /** 责令改正: a deadline, then a 复查 with its own record and evidence. */
    RECTIFY,
    /** 移送办案机构: the receiving body and its case number. */
    TRANSFER,
    /** 抄告相关部门: the department and the date. */
    NOTIFY;

    /** The follow-up a disposal opens; 无需后续处置 and 停止检查 open none. */
    public static Optional<FollowUpKind> of(Disposal d) {
        if (d == null) {
            return Optional.empty();
        }
        return switch (d) {
            case RECTIFY_TRACKED -> Optional.of(RECTIFY);
            case CASE_TRANSFER -> Optional.of(TRANSFER);
            case NOTIFY_OTHER_DEPARTMENT -> Optional.of(NOTIFY);
            default -> Optional.empty();
        };
    }

    public String messageKey() {
        return "inspection.followup.kind." + name();
    }
}
