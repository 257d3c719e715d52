package io.fairdraw.draw.protocol;

/** Field rules shared by every canonical text (FD-DRAW-1, preamble). */
final class Fields {

    private Fields() {
    }

    /** Free text that enters a hash line by line (draw id, beacon): no LF or CR, not empty. */
    static String requireText(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new ProtocolException(field + ".empty", value);
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new ProtocolException(field + ".line-break", value);
        }
        return value;
    }

    /**
     * Inspector ids, org codes and USCCs: only {@code [0-9A-Za-z._-]}. Every such byte sorts after
     * the ',' separator, so sorting by the field and sorting by the whole line agree, and no value
     * can forge a separator.
     */
    static String requireCode(String field, String value) {
        requireText(field, value);
        for (int i = 0; i < value.length(); i++) {
            if (!isCodeChar(value.charAt(i))) {
                throw new ProtocolException(field + ".invalid-character", value);
            }
        }
        return value;
    }

    /**
     * Strata are credit-risk classes (A–D, X): ASCII letters only. Letters sort after '=', so the
     * params lines sorted by stratum are also sorted as whole lines.
     */
    static String requireStratum(String field, String value) {
        requireText(field, value);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                throw new ProtocolException(field + ".invalid-character", value);
            }
        }
        return value;
    }

    static boolean isCodeChar(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                || c == '.' || c == '_' || c == '-';
    }
}
