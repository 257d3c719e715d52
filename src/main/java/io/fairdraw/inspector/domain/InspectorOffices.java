package io.fairdraw.inspector.domain;

import io.fairdraw.organization.SubOffices;
import io.fairdraw.shared.UserError;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The sub-office (团场/片区自然资源所) an inspector may belong to: one of the inspector's own unit's
 * registered offices, active when newly chosen (所所交叉, issue 17 item 2).
 */
@Component
class InspectorOffices {

    private final SubOffices offices;

    InspectorOffices(SubOffices offices) {
        this.offices = offices;
    }

    /** The problem with the draft's office, if any; {@code before} is the stored inspector (null when new). */
    Optional<UserError> problem(InspectorDraft d, InspectorDetails before) {
        String code = d.storedOffice();
        if (code == null) {
            return Optional.empty();
        }
        var office = offices.find(code).filter(o -> o.unitCode().equals(d.unitCode()));
        if (office.isEmpty()) {
            return Optional.of(new UserError("officeCode", "inspector.office.unknown", code, d.unitCode()));
        }
        boolean unchanged = before != null && Objects.equals(before.inspector().officeCode(), code);
        if (!office.get().active() && !unchanged) {
            return Optional.of(new UserError("officeCode", "inspector.office.inactive", code));
        }
        return Optional.empty();
    }
}
