package io.fairdraw.plan.domain;

import io.fairdraw.plan.RosterOrgs;
import io.fairdraw.shared.UserError;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * 所所交叉 (cross-office teams) needs a roster spanning more than one org: otherwise no team can be
 * formed and the draw would fail. The roster is the one the draw would use (the plan's unit and
 * its confirmed partners), counted by the org codes the draw compares.
 */
@Component
class CrossOffice {

    private final ObjectProvider<RosterOrgs> rosterOrgs;

    CrossOffice(ObjectProvider<RosterOrgs> rosterOrgs) {
        this.rosterOrgs = rosterOrgs;
    }

    /** The roster's distinct org codes, sorted; empty when no roster source is present. */
    Set<String> orgs(String planUnit, Collection<String> confirmedPartners, LocalDate date) {
        RosterOrgs source = rosterOrgs.getIfAvailable();
        if (source == null) {
            return Set.of();
        }
        Set<String> units = new LinkedHashSet<>();
        units.add(planUnit);
        units.addAll(confirmedPartners);
        return new TreeSet<>(source.orgs(planUnit, units, date));
    }

    /** Why cross-office cannot be asked for, or empty when the roster spans more than one org. */
    Optional<UserError> refusal(String planUnit, Collection<String> confirmedPartners, LocalDate date) {
        Set<String> orgs = orgs(planUnit, confirmedPartners, date);
        if (orgs.size() > 1) {
            return Optional.empty();
        }
        return Optional.of(new UserError("crossOrg", "task.cross_org.single_org", orgs.size(),
                orgs.isEmpty() ? "-" : String.join(", ", orgs)));
    }
}
