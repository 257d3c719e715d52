package io.fairdraw.inspector;

import java.util.List;

/**
 * What the dashboard warns about (三(三)): division bureaus with fewer than three eligible
 * inspectors, departments that have not named their joint-pool inspector, and certificates
 * expiring within 30 days.
 */
public record StaffingWarnings(List<UnitCount> understaffedDivisions, List<String> departmentsWithoutJointPool,
                               List<Expiring> expiringCertificates) {

    public static final int MIN_PER_DIVISION = 3;

    public record UnitCount(String unitCode, long eligible) {
    }

    public record Expiring(InspectorId id, String name, String unitCode, java.time.LocalDate expiry) {
    }

    public boolean isEmpty() {
        return understaffedDivisions.isEmpty() && departmentsWithoutJointPool.isEmpty()
                && expiringCertificates.isEmpty();
    }
}
