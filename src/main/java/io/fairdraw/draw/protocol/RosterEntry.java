package io.fairdraw.draw.protocol;

/** One inspector eligible on the draw date (执法检查人员), with the org code used by 所所交叉. */
public record RosterEntry(String inspectorId, String orgCode) {

    public RosterEntry {
        Fields.requireCode("roster.inspector-id", inspectorId);
        Fields.requireCode("roster.org-code", orgCode);
    }
}
