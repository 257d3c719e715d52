package io.fairdraw.inspector.domain;

import io.fairdraw.inspector.Inspector;

/** An inspector with the personal data that only the module itself handles. */
public record InspectorDetails(Inspector inspector, String phone, String idNumber, boolean sample) {
}
