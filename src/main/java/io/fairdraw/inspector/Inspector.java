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
 */
public record Inspector(InspectorId id, String name, String unitCode, String certificateNo,
                        LocalDate certificateExpiry, Set<SupervisionField> specialties, InspectorStatus status,
                        boolean jointPool, List<LeavePeriod> leaves) {

    public Inspector {
        certificateNo = certificateNo == null ? "" : certificateNo.strip();
        specialties = Set.copyOf(specialties);
        leaves = List.copyOf(leaves);
    }
}
