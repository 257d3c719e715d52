package io.fairdraw.inspector;

/** A line of the FD-DRAW-1 roster: {@code INSPECTOR_ID,ORG_CODE}. Sorted by id (byte order). */
public record RosterEntry(InspectorId inspectorId, String unitCode) implements Comparable<RosterEntry> {

    /** The canonical roster line without its LF. */
    public String line() {
        return inspectorId.value() + "," + unitCode;
    }

    @Override
    public int compareTo(RosterEntry o) {
        return inspectorId.compareTo(o.inspectorId);
    }
}
