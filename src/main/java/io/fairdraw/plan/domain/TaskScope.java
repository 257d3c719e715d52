package io.fairdraw.plan.domain;

import io.fairdraw.organization.Organization;
import io.fairdraw.organization.UnitKind;
import io.fairdraw.shared.UserError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a task of a plan may name (DESIGN.md §2, issue 17 item 1): the one rule every path asks
 * (form, preview, API, partner contributions, the frame the draw freezes).
 * <ul>
 *   <li>entity scope ({@code units}): the plan's unit, its confirmed joint partners and, for a
 *       bureau department's plan (局机关 and 业务处室), the divisions — 各业务处室可将师市市场主体名录库做为随机抽查对象;</li>
 *   <li>catalog items: those of the plan's unit, of the bureau (局机关 and its 业务处室), or of a confirmed partner.</li>
 * </ul>
 */
@Component
class TaskScope {

    private final Organization organization;

    TaskScope(Organization organization) {
        this.organization = organization;
    }

    /** The units whose entities a task of a plan of {@code planUnit} may draw from. */
    Set<String> allowedUnits(String planUnit, Collection<String> confirmedPartners) {
        Set<String> out = new LinkedHashSet<>();
        out.add(planUnit);
        out.addAll(confirmedPartners);
        if (isBureauOffice(planUnit)) {
            organization.units().stream().filter(u -> u.kind() == UnitKind.DIVISION)
                    .forEach(u -> out.add(u.code()));
        }
        return out;
    }

    /** The units whose catalog items a task of that plan may use. */
    Set<String> allowedItemUnits(String planUnit, Collection<String> confirmedPartners) {
        Set<String> out = new LinkedHashSet<>();
        out.add(planUnit);
        // 兵团局's catalog: the bureau and its departments (业务处室) publish the items a division may apply.
        organization.units().stream().filter(u -> u.kind() == UnitKind.BUREAU || u.kind() == UnitKind.DEPARTMENT)
                .forEach(u -> out.add(u.code()));
        out.addAll(confirmedPartners);
        return out;
    }

    /** Every unit and item of the form outside the rule, as field errors (empty when all are allowed). */
    List<UserError> violations(TaskForm form, String planUnit, Collection<String> confirmedPartners, ItemCatalog catalog) {
        List<UserError> errors = new ArrayList<>();
        Set<String> units = allowedUnits(planUnit, confirmedPartners);
        if (form.units() != null) {
            for (String u : form.units()) {
                if (u != null && !u.isBlank() && !units.contains(u)) {
                    errors.add(new UserError("units", "task.scope.unit_out_of_scope", u, planUnit));
                }
            }
        }
        errors.addAll(itemViolations(form.itemVersionIds(), planUnit, confirmedPartners, catalog));
        return errors;
    }

    List<UserError> itemViolations(Collection<Long> versionIds, String planUnit, Collection<String> confirmedPartners,
                                   ItemCatalog catalog) {
        List<UserError> errors = new ArrayList<>();
        if (versionIds == null) {
            return errors;
        }
        Set<String> itemUnits = allowedItemUnits(planUnit, confirmedPartners);
        for (Long id : versionIds) {
            Optional<ItemCatalog.ItemRef> item = id == null ? Optional.empty() : catalog.version(id);
            if (item.isPresent() && !itemUnits.contains(item.get().unitCode())) {
                errors.add(new UserError("itemVersionIds", "task.scope.item_out_of_scope", item.get().code(),
                        item.get().unitCode()));
            }
        }
        return errors;
    }

    /**
     * The units a stored task's frame is cut from: what it names, narrowed to what the rule allows
     * today (a partner invited again or gone no longer counts); empty names mean the plan's unit
     * and its confirmed partners.
     */
    Set<String> effectiveUnits(Set<String> named, String planUnit, Collection<String> confirmedPartners) {
        if (named.isEmpty()) {
            Set<String> out = new LinkedHashSet<>();
            out.add(planUnit);
            out.addAll(confirmedPartners);
            return out;
        }
        Set<String> allowed = allowedUnits(planUnit, confirmedPartners);
        Set<String> out = new LinkedHashSet<>(named);
        out.retainAll(allowed);
        return out;
    }

    private boolean isBureauOffice(String unitCode) {
        return organization.unit(unitCode).map(u -> u.kind() == UnitKind.BUREAU || u.kind() == UnitKind.DEPARTMENT)
                .orElse(false);
    }
}
