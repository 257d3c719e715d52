package io.fairdraw.inspector.domain;

import io.fairdraw.inspector.Inspector;
import io.fairdraw.inspector.InspectorId;
import io.fairdraw.inspector.InspectorStatus;
import io.fairdraw.inspector.LeavePeriod;
import io.fairdraw.shared.SupervisionField;
import io.fairdraw.shared.UserError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An inspector as entered (form, API or import row). {@link #problems()} lists every field
 * error; the service adds the rules that need the database (unit, joint pool).
 */
public record InspectorDraft(String id, String name, String unitCode, String certificateNo,
                             LocalDate certificateExpiry, Set<SupervisionField> specialties, InspectorStatus status,
                             boolean jointPool, String phone, String idNumber, String officeCode) {

    /** A draft that says nothing about the sub-office (import rows, older API clients): the stored one is kept. */
    public InspectorDraft(String id, String name, String unitCode, String certificateNo, LocalDate certificateExpiry,
                          Set<SupervisionField> specialties, InspectorStatus status, boolean jointPool, String phone,
                          String idNumber) {
        this(id, name, unitCode, certificateNo, certificateExpiry, specialties, status, jointPool, phone, idNumber, null);
    }

    /** {@code officeCode}: null = not given (keep), empty = none. */
    public InspectorDraft {
        id = trim(id);
        name = trim(name);
        unitCode = trim(unitCode);
        certificateNo = trim(certificateNo);
        specialties = specialties == null || specialties.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(specialties));
        phone = trim(phone);
        idNumber = trim(idNumber).toUpperCase(java.util.Locale.ROOT);
        officeCode = officeCode == null ? null : officeCode.strip();
    }

    /** The sub-office to store: null for none. */
    String storedOffice() {
        return officeCode == null || officeCode.isEmpty() ? null : officeCode;
    }

    public List<UserError> problems() {
        List<UserError> p = new ArrayList<>();
        if (!InspectorId.isValid(id)) {
            p.add(new UserError("id", "inspector.id.invalid", id));
        }
        if (name.isEmpty()) {
            p.add(new UserError("name", "inspector.name.required"));
        } else if (name.length() > 50) {
            p.add(new UserError("name", "inspector.name.too_long"));
        }
        if (unitCode.isEmpty()) {
            p.add(new UserError("unitCode", "inspector.unit.required"));
        }
        if (certificateNo.length() > 40) {
            p.add(new UserError("certificateNo", "inspector.certificate_no.too_long"));
        }
        // 持证上岗: a number without an expiry (or the reverse) cannot be checked, so it is refused.
        if (!certificateNo.isEmpty() && certificateExpiry == null) {
            p.add(new UserError("certificateExpiry", "inspector.certificate_expiry.required"));
        }
        if (certificateNo.isEmpty() && certificateExpiry != null) {
            p.add(new UserError("certificateNo", "inspector.certificate_no.required"));
        }
        if (status == null) {
            p.add(new UserError("status", "inspector.status.required"));
        }
        if (!phone.isEmpty() && !PersonalData.isMasked(phone) && !phone.matches("[0-9+() -]{5,20}")) {
            p.add(new UserError("phone", "inspector.phone.invalid"));
        }
        if (!idNumber.isEmpty() && !PersonalData.isMasked(idNumber) && !ResidentIdNumber.isValid(idNumber)) {
            p.add(new UserError("idNumber", "inspector.id_number.invalid"));
        }
        return p;
    }

    /** The draft as a valid inspector with these leaves; call after {@link #problems()} is empty. */
    Inspector toInspector(List<LeavePeriod> leaves) {
        return new Inspector(InspectorId.of(id), name, unitCode, certificateNo, certificateExpiry, specialties, status,
                jointPool, leaves, storedOffice());
    }

    static InspectorDraft of(InspectorDetails d) {
        Inspector i = d.inspector();
        return new InspectorDraft(i.id().value(), i.name(), i.unitCode(), i.certificateNo(), i.certificateExpiry(),
                i.specialties(), i.status(), i.jointPool(), d.phone(), d.idNumber(),
                i.officeCode() == null ? "" : i.officeCode());
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
