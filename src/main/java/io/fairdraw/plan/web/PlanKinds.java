package io.fairdraw.plan.web;

import io.fairdraw.plan.PlanKind;
import io.fairdraw.shared.UserError;
import java.util.Locale;

/** The {@code kind} a form or API request names: missing means ANNUAL; an unknown one is the user's error. */
final class PlanKinds {

    private PlanKinds() {
    }

    static PlanKind parse(String text) {
        if (text == null || text.isBlank()) {
            return PlanKind.ANNUAL;
        }
        try {
            return PlanKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("kind", "plan.kind.invalid");
        }
    }
}
