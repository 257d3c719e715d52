package io.fairdraw.draw.protocol;

/** A declared avoidance pair (回避): this inspector never inspects this entity. */
public record ConflictPair(String inspectorId, String uscc) {

    public ConflictPair {
        Fields.requireCode("conflicts.inspector-id", inspectorId);
        Fields.requireCode("conflicts.uscc", uscc);
    }
}
