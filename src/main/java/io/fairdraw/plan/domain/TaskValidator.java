package io.fairdraw.plan.domain;

import io.fairdraw.shared.UserError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules a task must meet before it is saved; each failure names the field and why
 * (a message key), so the form shows every problem at once and keeps what was typed.
 */
final class TaskValidator {

    private TaskValidator() {
    }

    /** 法律法规规章没有规定的，一律不得擅自开展检查: only current items with a legal basis. */
    static List<UserError> validateItems(List<Long> versionIds, ItemCatalog catalog) {
        List<UserError> errors = new ArrayList<>();
        if (versionIds == null || versionIds.isEmpty()) {
            errors.add(new UserError("itemVersionIds", "task.items.required"));
            return errors;
        }
        for (Long id : versionIds) {
            Optional<ItemCatalog.ItemRef> item = id == null ? Optional.empty() : catalog.version(id);
            if (item.isEmpty()) {
                errors.add(new UserError("itemVersionIds", "task.item.unknown", id));
            } else if (item.get().retired()) {
                errors.add(new UserError("itemVersionIds", "task.item.retired", item.get().code(), item.get().name()));
            } else if (!item.get().hasLegalBasis()) {
                errors.add(new UserError("itemVersionIds", "task.item.no_legal_basis", item.get().code(),
                        item.get().name()));
            }
        }
        return errors;
    }

    static List<UserError> validate(TaskForm f, ItemCatalog catalog) {
        List<UserError> errors = new ArrayList<>();
        if (f.name() == null || f.name().isBlank()) {
            errors.add(new UserError("name", "task.name.required"));
        } else if (f.name().length() > 200) {
            errors.add(new UserError("name", "task.name.too_long"));
        }
        errors.addAll(validateItems(f.itemVersionIds(), catalog));
        if (f.teamSize() == null || f.teamSize() < 2) {
            // 兵自然资发〔2020〕47号 二(三): 每次选定的工作人员不少于2人.
            errors.add(new UserError("teamSize", "task.team.too_small"));
        } else if (f.teamSize() > 20) {
            errors.add(new UserError("teamSize", "task.team.too_large"));
        }
        if (f.periodStart() == null || f.periodEnd() == null) {
            errors.add(new UserError(f.periodStart() == null ? "periodStart" : "periodEnd", "task.period.required"));
        } else if (f.periodEnd().isBefore(f.periodStart())) {
            errors.add(new UserError("periodEnd", "task.period.reversed"));
        }
        if (f.beaconSource() == null || f.beaconSource().isBlank()) {
            errors.add(new UserError("beaconSource", "task.beacon.required"));
        } else if (f.beaconSource().length() > 200 || f.beaconSource().contains("\n") || f.beaconSource().contains("\r")) {
            errors.add(new UserError("beaconSource", "task.beacon.invalid"));
        }
        if (f.coolDownMonths() == null || f.coolDownMonths() < 0 || f.coolDownMonths() > 120) {
            errors.add(new UserError("coolDownMonths", "task.cool_down.invalid"));
        }
        if (f.capSlack() == null || f.capSlack() < 0 || f.capSlack() > 100) {
            errors.add(new UserError("capSlack", "task.cap_slack.invalid"));
        }
        for (String s : Task.STRATA) {
            BigDecimal r = f.ratio(s);
            if (r == null || r.signum() < 0 || r.compareTo(BigDecimal.valueOf(100)) > 0 || r.scale() > 2
                    && r.stripTrailingZeros().scale() > 2) {
                errors.add(new UserError("ratio" + s, "task.ratio.invalid", s));
            }
            Integer m = f.minimum(s);
            if (m != null && (m < 0 || m > 100000)) {
                errors.add(new UserError("min" + s, "task.min.invalid", s));
            }
        }
        errors.addAll(TaskTypeRules.validate(f));
        return errors;
    }
}
