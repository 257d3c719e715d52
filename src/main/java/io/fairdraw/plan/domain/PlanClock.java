package io.fairdraw.plan.domain;

import java.time.ZoneId;

/** Plans are dated in the administration's time zone. */
final class PlanClock {

    static final ZoneId ZONE = io.fairdraw.shared.BusinessClock.ZONE;

    private PlanClock() {
    }
}
