package io.fairdraw.draw.protocol;

/**
 * Input the protocol must refuse (FD-DRAW-1: "reject such input with a clear error").
 *
 * <p>The message is {@code code: "value"} — a stable, English, code-like text the UI translates
 * through its message bundle, plus the offending value with control characters escaped so a
 * rejected line break stays visible. Codes:
 * <ul>
 * <li>{@code FIELD.empty}, {@code FIELD.line-break}, {@code FIELD.invalid-character} for FIELD in
 *     {@code draw-id, beacon, frame.uscc, frame.stratum, frame.org-code, params.stratum,
 *     roster.inspector-id, roster.org-code, conflicts.inspector-id, conflicts.uscc,
 *     substitution.uscc, substitution.out, substitution.in};</li>
 * <li>{@code frame.duplicate-uscc, frame.too-large, roster.duplicate-inspector,
 *     params.duplicate-stratum, params.ratio-out-of-range, params.min-negative,
 *     params.team-too-small, params.cap-slack-negative, params.stratum-without-ratio,
 *     params.size-negative, canonical-text.too-large};</li>
 * <li>{@code secret.invalid-hex} (the value shows only the length), {@code secret.commitment-mismatch};</li>
 * <li>{@code announcement.FIELD.invalid-hash}, {@code announcement.size-negative},
 *     {@code announcement.FIELD-mismatch} (the definition no longer hashes to what was announced);</li>
 * <li>{@code substitution.unknown-entity}, {@code substitution.not-in-team}.</li>
 * </ul>
 */
public class ProtocolException extends IllegalArgumentException {

    private final String code;
    private final String value;

    public ProtocolException(String code, String value) {
        super(code + ": " + quote(value));
        this.code = code;
        this.value = value;
    }

    /** Stable code such as {@code frame.uscc.line-break}; the UI's message key. */
    public String code() {
        return code;
    }

    /** The rejected value as given (may be {@code null}). */
    public String value() {
        return value;
    }

    static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
