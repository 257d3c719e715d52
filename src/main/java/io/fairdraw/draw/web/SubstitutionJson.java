package io.fairdraw.draw.web;

import io.fairdraw.draw.DirectoryChanges;
import io.fairdraw.draw.domain.PublishedDraws;
import io.fairdraw.draw.domain.StaffingOverride;
import io.fairdraw.draw.domain.SubstitutionRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fairdraw extensions of the record (docs/draw-protocol-notes.md): every substitution request with
 * its reason and decision (issue 17 item 6: every request, approval and refusal is public). Only
 * approved ones are in the protocol's {@code substitutions}, which the verifiers re-derive.
 */
final class SubstitutionJson {

    private SubstitutionJson() {
    }

    static List<Map<String, Object>> requests(List<SubstitutionRequest> requests) {
        return requests.stream().map(r -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("requestId", r.id());
            json.put("uscc", r.uscc());
            json.put("out", r.out());
            json.put("reason", r.reason().name());
            json.put("text", r.text());
            json.put("status", r.status());
            json.put("requestedAt", PublishedDraws.iso(r.requestedAt()));
            json.put("requestedBy", r.requestedBy());
            json.put("decidedAt", PublishedDraws.iso(r.decidedAt()));
            json.put("decidedBy", r.decidedBy());
            json.put("in", r.in());
            return json;
        }).toList();
    }

    /** The staffing-check override a draw was announced under (issue 17 item 5), public. */
    static Map<String, Object> override(StaffingOverride o) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("overrideId", o.id());
        json.put("reason", o.reason());
        json.put("requestedBy", o.requestedBy());
        json.put("requestedAt", PublishedDraws.iso(o.requestedAt()));
        json.put("approvedBy", o.decidedBy());
        json.put("approvedAt", PublishedDraws.iso(o.decidedAt()));
        json.put("condition", o.staffing());
        return json;
    }

    /** Directory changes of drawn inspectors after the draw (issue 17 item 7): who, when, what kind. */
    static List<Map<String, Object>> changes(List<DirectoryChanges.Change> changes) {
        return changes.stream().map(c -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("inspector", c.inspectorId());
            json.put("at", PublishedDraws.iso(c.at()));
            json.put("kind", c.kind().name());
            return json;
        }).toList();
    }
}
