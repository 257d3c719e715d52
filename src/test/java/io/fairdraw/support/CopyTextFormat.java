package io.fairdraw.support;

/**
 * PostgreSQL's COPY text format, written the plain way, for the property tests that hold the
 * byte-level COPY readers and writers (audit scan, registry import) to it: backslash and the six
 * controls BS, TAB, LF, VT, FF, CR escaped; everything else as it is.
 */
public final class CopyTextFormat {

    private CopyTextFormat() {
    }

    /** One field's text as COPY TO writes it (a null field is {@code \N}, the caller's business). */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\u000b' -> sb.append("\\v");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
