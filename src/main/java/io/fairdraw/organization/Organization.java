package io.fairdraw.organization;

import java.util.List;
import java.util.Optional;

/** Read API of the organisation for other modules. */
public interface Organization {

    record UnitView(String code, String name, String parentCode, UnitKind kind, boolean active) {
    }

    List<UnitView> units();

    Optional<UnitView> unit(String code);

    long activeAccounts();

    /** Units that have no enabled account with the LIAISON role (the seed: 每单位确定一名联络员). */
    List<UnitView> unitsWithoutLiaison();
}
