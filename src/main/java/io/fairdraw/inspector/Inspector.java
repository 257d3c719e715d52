package io.fairdraw.inspector;

import io.fairdraw.shared.SupervisionField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An inspector as other modules see it: no personal data (phone and ID number stay inside the
 * module and are masked for those who do not need them).
 *
 * @param certificateNo     执法证号, empty when none
 * @param certificateExpiry last day the certificate is valid, null when none
 * @param officeCode        the unit's sub-office (团场/片区自然资源所) the inspector belongs to, null when none
 */
public record Inspector(InspectorId id, String name, String unitCode, String certificateNo,
                        LocalDate certificateExpiry, Set<SupervisionField> specialties, InspectorStatus status,
                        boolean jointPool, List<LeavePeriod> leaves, String officeCode) {

    public Inspector {
        certificateNo = certificateNo == null ? "" : certificateNo.strip();
        specialties = Set.copyOf(specialties);
        leaves = List.copyOf(leaves);
        officeCode = officeCode == null || officeCode.isBlank() ? null : officeCode;
    }

    /** An inspector without a sub-office. */
    public Inspector(InspectorId id, String name, String unitCode, String certificateNo, LocalDate certificateExpiry,
                     Set<SupervisionField> specialties, InspectorStatus status, boolean jointPool,
                     List<LeavePeriod> leaves) {
        this(id, name, unitCode, certificateNo, certificateExpiry, specialties, status, jointPool, leaves, null);
    }

    /**
     * FD-DRAW-1 §1 org code, the one the cross-office rule (所所交叉) compares: the sub-office when the
     * inspector has one, else the unit.
     */
    public String orgCode() {
        return officeCode == null ? unitCode : officeCode;
    }
}
