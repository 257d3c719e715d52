package io.fairdraw.draw;

import java.util.List;

/**
 * 联合检查 after a draw (issue 19 item 2): an entity two draws of overlapping periods selected is
 * visited once, by the team of the draw executed first, for both tasks' items. The draw's maths and
 * published texts (FD-DRAW-1) are unchanged; this says what became of the visits. An SPI the
 * inspection module implements (it listens to the draw's events, so the draw cannot call it).
 */
public interface JointVisits {

    /**
     * One entity of {@code drawId} visited jointly. {@code mergedHere}: this draw's team was
     * 并入联合检查 — the team of {@code otherDrawId} ({@code visitingTeam}) visits; false: this draw's
     * team visits and also covers {@code otherDrawId}'s items.
     */
    record Joint(String uscc, boolean mergedHere, String otherDrawId, List<String> visitingTeam,
                 List<String> itemCodes) {
    }

    List<Joint> of(String drawId);
}
