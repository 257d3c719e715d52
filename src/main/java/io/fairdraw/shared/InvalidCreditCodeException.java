package io.fairdraw.shared;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Thrown when text is not a valid {@link UnifiedSocialCreditCode}. The {@link Reason} and the
 * 1-based position let the UI and the import map the error to a message key such as
 * {@code uscc.invalid.check_digit} and point at the offending character.
 */
public final class InvalidCreditCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why the text was rejected, in the order the checks are made. */
    public enum Reason {
        /** Null, empty or only whitespace. */
        EMPTY,
        /** Not exactly 18 characters. */
        LENGTH,
        /** A character outside 0-9 and A-Z without I, O, Z, S, V (full-width characters included). */
        CHARSET,
        /** Positions 3–8 (行政区划码) are not all digits. */
        REGION,
        /** Position 18 does not match the GB 32100-2015 check character. */
        CHECK_DIGIT
    }

    private final String input;
    private final Reason reason;
    private final int position;

    InvalidCreditCodeException(String input, Reason reason, int position, String detail) {
        super(detail);
        this.input = input;
        this.reason = reason;
        this.position = position;
    }

    /** The text as given by the caller, before trimming, so the UI can show it back unchanged. */
    public String input() {
        return input;
    }

    public Reason reason() {
        return reason;
    }

    /** 1-based position of the offending character; empty for {@link Reason#EMPTY} and {@link Reason#LENGTH}. */
    public OptionalInt position() {
        return position > 0 ? OptionalInt.of(position) : OptionalInt.empty();
    }

    /** Message bundle key, e.g. {@code uscc.invalid.check_digit}. */
    public String messageKey() {
        return "uscc.invalid." + reason.name().toLowerCase(Locale.ROOT);
    }
}
