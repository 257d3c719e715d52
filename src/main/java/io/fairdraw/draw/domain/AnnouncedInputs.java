package io.fairdraw.draw.domain;

/**
 * The hashes and sizes of the inputs frozen at announcement (FD-DRAW-1 §1): frame, parameters,
 * roster and conflicts, plus Fairdraw's hash of the frame's org codes (docs/draw-protocol-notes.md).
 */
public record AnnouncedInputs(String frameHash, String orgsHash, int frameSize, String paramsHash, String rosterHash,
                              int rosterSize, String conflictsHash) {
}
