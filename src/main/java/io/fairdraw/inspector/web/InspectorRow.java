package io.fairdraw.inspector.web;

import io.fairdraw.inspector.Eligibility;
import io.fairdraw.inspector.InspectorEligibility;
import io.fairdraw.inspector.domain.InspectorDetails;
import java.time.LocalDate;

/** An inspector as listed: details (masked for the viewer) and eligibility on the day. */
record InspectorRow(InspectorDetails d, Eligibility eligibility) {

    static InspectorRow of(InspectorDetails d, LocalDate day) {
        return new InspectorRow(d, InspectorEligibility.check(d.inspector(), day));
    }
}
