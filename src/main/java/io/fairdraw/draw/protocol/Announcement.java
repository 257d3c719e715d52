package io.fairdraw.draw.protocol;

/**
 * What is published before the beacon exists (FD-DRAW-1 §1): the hashes of every input and the
 * commitment to the secret. The beacon source is descriptive text and enters no hash, so it is
 * not part of this value.
 */
public record Announcement(String drawId, String frameHash, int frameSize, String paramsHash,
                           String rosterHash, int rosterSize, String conflictsHash, String commitment) {

    public Announcement {
        Fields.requireText("draw-id", drawId);
        requireHash("announcement.frame-hash", frameHash);
        requireHash("announcement.params-hash", paramsHash);
        requireHash("announcement.roster-hash", rosterHash);
        requireHash("announcement.conflicts-hash", conflictsHash);
        requireHash("announcement.commitment", commitment);
        if (frameSize < 0 || rosterSize < 0) {
            throw new ProtocolException("announcement.size-negative", frameSize + "/" + rosterSize);
        }
    }

    private static void requireHash(String field, String value) {
        if (value == null || value.length() != 64 || !Secret.isLowerHex(value)) {
            throw new ProtocolException(field + ".invalid-hash", value);
        }
    }
}
