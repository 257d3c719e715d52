package io.fairdraw.inspector.web;

import io.fairdraw.inspector.InspectorStatus;
import io.fairdraw.inspector.domain.InspectorDetails;
import io.fairdraw.inspector.domain.InspectorDraft;
import io.fairdraw.shared.SupervisionField;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/** An inspector as typed in the form or sent to the API; the domain checks the rest ({@link InspectorDraft#problems()}). */
record InspectorForm(
        @NotBlank(message = "{inspector.id.required}") String id,
        @NotBlank(message = "{inspector.name.required}") String name,
        String certificateNo,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate certificateExpiry,
        Set<SupervisionField> specialties,
        @NotNull(message = "{inspector.status.required}") InspectorStatus status,
        Boolean jointPool,
        String phone,
        String idNumber,
        String officeCode) {

    /** {@code officeCode}: the sub-office (所所交叉); empty for none, absent (API) to keep the stored one. */
    InspectorDraft toDraft(String unitCode) {
        return new InspectorDraft(id, name, unitCode, certificateNo, certificateExpiry, specialties, status,
                Boolean.TRUE.equals(jointPool), phone, idNumber, officeCode);
    }

    static InspectorForm of(InspectorDetails d) {
        var i = d.inspector();
        return new InspectorForm(i.id().value(), i.name(), i.certificateNo(), i.certificateExpiry(), i.specialties(),
                i.status(), i.jointPool(), d.phone(), d.idNumber(), i.officeCode() == null ? "" : i.officeCode());
    }
}
