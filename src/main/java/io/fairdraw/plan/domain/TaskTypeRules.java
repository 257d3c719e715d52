package io.fairdraw.plan.domain;

import io.fairdraw.plan.TaskType;
import io.fairdraw.shared.UserError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 19 items 1 and 7, the task-type rules of a form: 不定向 (RANDOM, the default when none is
 * given) must sample something, 定向 (TARGETED) declares its scope with a reason that is published.
 */
final class TaskTypeRules {

    static final int REASON_MAX = 500;

    private TaskTypeRules() {
    }

    /** The type and reason as typed; an unknown type is reported by {@link #validate} and read as RANDOM. */
    static TaskTypes.Declared declared(TaskForm f) {
        TaskType type = parse(f.type());
        String reason = f.typeReason() == null ? "" : f.typeReason().strip();
        return new TaskTypes.Declared(type == null ? TaskType.RANDOM : type, type == TaskType.TARGETED ? reason : "");
    }

    static List<UserError> validate(TaskForm f) {
        List<UserError> errors = new ArrayList<>();
        TaskType type = parse(f.type());
        if (type == null) {
            errors.add(new UserError("type", "task.type.invalid"));
            return errors;
        }
        if (type == TaskType.TARGETED) {
            String reason = f.typeReason() == null ? "" : f.typeReason().strip();
            if (reason.isEmpty()) {
                errors.add(new UserError("typeReason", "task.type.reason_required"));
            } else if (reason.length() > REASON_MAX) {
                errors.add(new UserError("typeReason", "task.type.reason_too_long", REASON_MAX));
            }
        } else if (samplesNothing(f)) {
            // Issue 19 item 1: a random task with every ratio and minimum at zero draws nobody.
            errors.add(new UserError("ratioA", "task.sample.zero"));
        }
        return errors;
    }

    /** Every stratum at 0 % with minimum 0 (and not 严重违法失信全查): the sample is empty whatever the frame. */
    static boolean samplesNothing(TaskForm f) {
        if (Boolean.TRUE.equals(f.seriousAll())) {
            return false;
        }
        for (String s : Task.STRATA) {
            BigDecimal r = f.ratio(s);
            Integer m = f.minimum(s);
            if (r == null || r.signum() != 0 || m != null && m != 0) {
                // A missing ratio is its own error (task.ratio.invalid); only a full zero table is this one.
                return false;
            }
        }
        return true;
    }

    /** Missing or blank means the default RANDOM; an unknown name gives null. */
    private static TaskType parse(String text) {
        if (text == null || text.isBlank()) {
            return TaskType.RANDOM;
        }
        try {
            return TaskType.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
