package io.fairdraw.plan.domain;

import java.time.ZoneId;

/** Plans are dated in the administration's time zone. */
final class PlanClock {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PlanClock() {
    }
}
