package io.fairdraw.inspector;

/** A declared avoidance (回避) pair of FD-DRAW-1: {@code INSPECTOR_ID,USCC}. */
public record ConflictPair(InspectorId inspectorId, String uscc) implements Comparable<ConflictPair> {

    /** The canonical conflicts line without its LF. */
    public String line() {
        return inspectorId.value() + "," + uscc;
    }

    @Override
    public int compareTo(ConflictPair o) {
        return line().compareTo(o.line());
    }
}
