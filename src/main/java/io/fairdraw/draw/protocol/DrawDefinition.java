package io.fairdraw.draw.protocol;

import java.util.Objects;

/**
 * Everything a draw is frozen on before any randomness exists (FD-DRAW-1 §1): draw id, frame,
 * parameters, roster and conflicts.
 */
public record DrawDefinition(String drawId, Frame frame, DrawParams params, Roster roster, Conflicts conflicts) {

    public DrawDefinition {
        Fields.requireText("draw-id", drawId);
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(conflicts, "conflicts");
        for (String stratum : frame.stratumSizes().keySet()) {
            if (params.stratum(stratum).isEmpty()) {
                // §1: "Every stratum that occurs in the frame must have a ratio (announce fails otherwise)."
                throw new ProtocolException("params.stratum-without-ratio", stratum);
            }
        }
    }
}
