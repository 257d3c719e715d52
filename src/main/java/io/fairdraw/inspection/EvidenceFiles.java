package io.fairdraw.inspection;

import java.io.IOException;
import java.io.InputStream;

/**
 * The one set of limits for uploaded evidence, for other modules' uploads too (issue 20 item 4: an
 * objection's attachment): at most {@link #maxBytes()} bytes, read no further than that, and a type
 * recognised by the file's first bytes (JPEG, PNG, PDF), never by its name.
 */
public interface EvidenceFiles {

    /** An accepted file: its detected content type and its bytes. */
    record Checked(String contentType, byte[] data) {
    }

    /** Reads and checks the file; a {@link io.fairdraw.shared.UserError} naming the file otherwise. */
    Checked accept(String fileName, long declaredSize, InputStream in) throws IOException;

    long maxBytes();
}
