package io.fairdraw.draw.protocol;

/**
 * One entity of the frame (抽查对象名单).
 *
 * <p>{@code orgCode} is the entity's supervising org code. It is not part of the canonical frame
 * line ({@code USCC,STRATUM}); it is published per selected entity and used by the cross-office
 * rule (所所交叉, FD-DRAW-1 §2b rule 3).
 */
public record FrameEntry(String uscc, String stratum, String orgCode) {

    public FrameEntry {
        Fields.requireCode("frame.uscc", uscc);
        Fields.requireStratum("frame.stratum", stratum);
        Fields.requireCode("frame.org-code", orgCode);
    }
}
