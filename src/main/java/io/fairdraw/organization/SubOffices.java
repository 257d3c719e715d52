package io.fairdraw.organization;

import java.util.List;
import java.util.Optional;

/**
 * A division's sub-offices (团场/片区自然资源所) for other modules: the org of the inspectors and
 * entities assigned to one, so that 所所交叉 (cross-office assignment) works inside a division.
 */
public interface SubOffices {

    /** An office; {@code code} is its FD-DRAW-1 org code (e.g. {@code D01-S01}). */
    record Office(String code, String unitCode, String name, boolean active) {
    }

    /** The unit's offices by code, active or not. */
    List<Office> ofUnit(String unitCode);

    Optional<Office> find(String code);
}
