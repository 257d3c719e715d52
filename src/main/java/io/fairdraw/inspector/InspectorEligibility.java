package io.fairdraw.inspector;

import io.fairdraw.inspector.Eligibility.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * THE rule for who may be drawn on a day (FD-DRAW-1 §1 roster: valid certificate, active, not on
 * leave). Pure: the roster, the dashboard counts and the UI badges all call this one function.
 */
public final class InspectorEligibility {

    /** 持证上岗: warn this many days ahead so the certificate can be renewed before it lapses. */
    public static final int EXPIRY_WARNING_DAYS = 30;

    private InspectorEligibility() {
    }

    public static Eligibility check(Inspector inspector, LocalDate date) {
        List<Reason> reasons = new ArrayList<>();
        List<Reason> warnings = new ArrayList<>();
        LocalDate expiry = inspector.certificateExpiry();
        // 持证上岗 (二(二)): no certificate number or no expiry date means no valid certificate.
        if (inspector.certificateNo().isEmpty() || expiry == null) {
            reasons.add(Reason.NO_CERTIFICATE);
        } else if (expiry.isBefore(date)) {
            // The expiry date is the last valid day: on that day the inspector is still eligible.
            reasons.add(Reason.CERTIFICATE_EXPIRED);
        } else if (!expiry.isAfter(date.plusDays(EXPIRY_WARNING_DAYS))) {
            warnings.add(Reason.CERTIFICATE_EXPIRES_SOON);
        }
        if (inspector.status() != InspectorStatus.ON_DUTY) {
            reasons.add(Reason.NOT_ON_DUTY);
        }
        if (inspector.leaves().stream().anyMatch(l -> l.covers(date))) {
            reasons.add(Reason.ON_LEAVE);
        }
        return new Eligibility(reasons, warnings);
    }
}
