package io.fairdraw.inspector;

import io.fairdraw.shared.UserError;
import java.util.regex.Pattern;

/**
 * An inspector's id, e.g. {@code XJ-D01-001}. FD-DRAW-1 §1: inspector ids use only
 * {@code [0-9A-Za-z._-]} (they are hashed and published in canonical roster lines).
 */
public record InspectorId(String value) implements Comparable<InspectorId> {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z._-]{1,40}");

    public InspectorId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new UserError("id", "inspector.id.invalid", value == null ? "" : value);
        }
    }

    /** Parses typed input: surrounding whitespace is dropped, nothing else is changed. */
    public static InspectorId of(String text) {
        return new InspectorId(text == null ? null : text.strip());
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.strip()).matches();
    }

    /** Byte order of the ASCII id, as the canonical roster text is sorted. */
    @Override
    public int compareTo(InspectorId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
