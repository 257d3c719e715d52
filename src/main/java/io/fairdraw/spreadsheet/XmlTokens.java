package io.fairdraw.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A pull tokenizer for the two big parts of an .xlsx, the worksheet and the shared-string table,
 * on their UTF-8 bytes. A StAX parser was the largest cost of an import (bench/registry-import); this
 * reads only tags, the few attributes and the text the import needs, and keeps text as UTF-8 (the
 * shared strings are stored that way).
 *
 * <p>Elements are matched by local name (any namespace prefix). Text and attribute values have
 * the predefined entities and character references decoded, CR LF normalised to LF as XML
 * requires; comments, processing instructions and CDATA are handled. A DOCTYPE is refused: no
 * DTDs, no entity definitions, so an upload cannot make the server read files (XXE) or expand
 * entities. It checks no more well-formedness than it needs: a damaged file gives cells that fail
 * validation, or {@link Malformed}. Parts must be UTF-8, as Excel and every other writer we know
 * write them.
 *
 * <p>Everything it holds is bounded (issue 18): a tag at most 16 MB, a text at most
 * {@code maxTextBytes} ({@link TextTooLong}), elements nested at most {@code maxDepth} deep.
 */
final class XmlTokens {

    static final int EOF = 0;
    static final int START = 1;
    static final int END = 2;
    /** A start tag that closes itself ({@code <c r="A1"/>}). */
    static final int EMPTY = 3;
    /** The end tag of the element given to {@link #nextInside}. */
    static final int CLOSED = -1;
    private static final int MAX_TAG = 1 << 24;

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    /** The current tag: its local name and attributes as offsets into {@link #buf}, valid until the next call. */
    private int nameStart;
    private int nameEnd;
    private int[] attributes = new int[32];
    private int attributeCount;
    /** The character data read by {@link #readText} or decoded from an attribute, bounded. */
    private final XmlText text;

    private final int maxDepth;
    private int depth;

    XmlTokens(InputStream in, int maxTextBytes, int maxDepth) {
        this.in = in;
        this.text = new XmlText(maxTextBytes);
        this.maxDepth = maxDepth;
    }

    /** The next start, end or empty tag; text, comments and processing instructions are skipped. */
    int next() {
        while (true) {
            if (!skipTo('<')) {
                return EOF;
            }
            need(2);
            byte second = pos + 1 < limit ? buf[pos + 1] : 0;
            if (second == '?') {
                skipPast("?>");
            } else if (second == '!') {
                skipDeclaration();
            } else {
                return tag();
            }
        }
    }

    /** Like {@link #next}, inside element {@code name} (after its start tag): {@link #CLOSED} at its end tag. */
    int nextInside(String name) {
        int event = next();
        return event == END && is(name) ? CLOSED : event;
    }

    /** Whether the current tag's local name is {@code name} (ASCII). */
    boolean is(String name) {
        if (nameEnd - nameStart != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (buf[nameStart + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** An attribute of the current start tag by local name, decoded; null when absent. */
    String attribute(String name) {
        int a = find(name);
        if (a < 0) {
            return null;
        }
        text.clear();
        appendDecoded(attributes[a + 2], attributes[a + 3]);
        return text();
    }

    /** Whether the attribute is present and exactly {@code value} (ASCII), compared without decoding when possible. */
    boolean attributeIs(String name, String value) {
        int a = find(name);
        return a >= 0 && attributeIs(a, value);
    }

    private boolean attributeIs(int a, String value) {
        int from = attributes[a + 2];
        int length = attributes[a + 3] - from;
        for (int i = 0; i < length; i++) {
            if (buf[from + i] == '&') {
                text.clear();
                appendDecoded(from, from + length);
                return value.equals(text());
            }
        }
        if (length != value.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buf[from + i] != value.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Which of {@code values} (ASCII) the attribute is: its index, {@code values.length} for another value, -1 when absent. */
    int attributeChoice(String name, String... values) {
        int a = find(name);
        if (a < 0) {
            return -1;
        }
        for (int v = 0; v < values.length; v++) {
            if (attributeIs(a, values[v])) {
                return v;
            }
        }
        return values.length;
    }

    /**
     * The 0-based column of a cell reference attribute ("AB12" → 27), or -1 when absent or without
     * letters; {@link Integer#MAX_VALUE} for anything past column 1,048,576, so that "XFDXFDXFD…"
     * cannot overflow into a small or negative number (issue 18: a column past XFD).
     */
    int column(String name) {
        int a = find(name);
        if (a < 0) {
            return -1;
        }
        int col = 0;
        for (int i = attributes[a + 2]; i < attributes[a + 3]; i++) {
            int c = buf[i];
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
            if (col > 1 << 20) {
                return Integer.MAX_VALUE;
            }
        }
        return col - 1;
    }

    /** Skips to the end of the current element (after a {@link #START}). */
    void skipElement() {
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == EOF) {
                return;
            }
            depth += event == START ? 1 : event == END ? -1 : 0;
        }
    }

    void clearText() {
        text.clear();
    }

    /** Appends the character data up to the next tag (after a {@link #START}) to the text, as UTF-8. */
    void readText() {
        while (true) {
            int p = pos;
            byte[] b = buf;
            int lim = limit;
            while (p < lim) {
                byte c = b[p];
                if (c == '<' || c == '&' || c == '\r') {
                    break;
                }
                p++;
            }
            text.append(buf, pos, p);
            pos = p;
            if (p == lim) {
                if (!fill()) {
                    return;
                }
                continue;
            }
            byte c = b[p];
            if (c == '\r') {
                need(2);
                pos++;
                if (pos >= limit || buf[pos] != '\n') {
                    text.append((byte) '\n');
                }
            } else if (c == '&') {
                entity();
            } else {
                need(9);
                if (startsWith("<![CDATA[")) {
                    pos += 9;
                    cdata();
                } else if (startsWith("<!--")) {
                    skipPast("-->");
                } else {
                    return; // a tag: the text ends here
                }
            }
        }
    }

    String text() {
        return text.string();
    }

    byte[] textBytes() {
        return text.bytes();
    }

    int textLength() {
        return text.length();
    }

    /** The text as a non-negative decimal integer (surrounding blanks allowed), or -1. */
    int textAsIndex() {
        return text.asIndex();
    }

    private int tag() {
        int end = tagEnd();
        boolean closing = buf[pos + 1] == '/';
        int p = closing ? pos + 2 : pos + 1;
        int start = p;
        while (p < end && !blank(buf[p]) && buf[p] != '/') {
            if (buf[p] == ':') {
                start = p + 1;
            }
            p++;
        }
        nameStart = start;
        nameEnd = p;
        attributeCount = 0;
        int event = closing ? END : buf[end - 1] == '/' ? EMPTY : START;
        if (event == START && ++depth > maxDepth) {
            throw new SpreadsheetRefused("spreadsheet.too_deep", maxDepth);
        } else if (event == END) {
            depth--;
        }
        if (!closing) {
            readAttributes(p, event == EMPTY ? end - 1 : end);
        }
        pos = end + 1;
        return event;
    }

    /** Index of the tag's closing {@code >} (quotes respected), with the whole tag in the buffer. */
    private int tagEnd() {
        int scanned = 1;
        byte quote = 0;
        while (true) {
            int p = pos + scanned;
            while (p < limit) {
                byte c = buf[p];
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    return p;
                }
                p++;
            }
            scanned = p - pos;
            if (!fill()) {
                throw bad();
            }
        }
    }

    private void readAttributes(int from, int to) {
        int p = from;
        while (true) {
            while (p < to && blank(buf[p])) {
                p++;
            }
            if (p >= to) {
                return;
            }
            int start = p;
            while (p < to && buf[p] != '=' && !blank(buf[p])) {
                if (buf[p] == ':') {
                    start = p + 1;
                }
                p++;
            }
            int end = p;
            while (p < to && blank(buf[p])) {
                p++;
            }
            if (p >= to || buf[p] != '=') {
                throw bad();
            }
            p++;
            while (p < to && blank(buf[p])) {
                p++;
            }
            if (p >= to || (buf[p] != '"' && buf[p] != '\'')) {
                throw bad();
            }
            byte quote = buf[p++];
            int valueStart = p;
            while (p < to && buf[p] != quote) {
                p++;
            }
            if (p >= to) {
                throw bad();
            }
            if (attributeCount * 4 + 4 > attributes.length) {
                attributes = Arrays.copyOf(attributes, attributes.length * 2);
            }
            int a = attributeCount++ * 4;
            attributes[a] = start;
            attributes[a + 1] = end;
            attributes[a + 2] = valueStart;
            attributes[a + 3] = p;
            p++;
        }
    }

    private int find(String name) {
        for (int a = 0; a < attributeCount * 4; a += 4) {
            int from = attributes[a];
            if (attributes[a + 1] - from == name.length()) {
                boolean same = true;
                for (int i = 0; i < name.length() && same; i++) {
                    same = buf[from + i] == name.charAt(i);
                }
                if (same) {
                    return a;
                }
            }
        }
        return -1;
    }

    /** Attribute value bytes with entities decoded (values are short; no buffer refills happen here). */
    private void appendDecoded(int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            if (c == '&') {
                int semi = i + 1;
                while (semi < to && buf[semi] != ';') {
                    semi++;
                }
                if (semi >= to) {
                    throw bad();
                }
                text.appendCodePoint(entityValue(i + 1, semi));
                i = semi;
            } else {
                text.append(c);
            }
        }
    }

    /** At {@code &}: decodes one entity or character reference into the text. */
    private void entity() {
        need(12);
        int semi = pos + 1;
        while (semi < limit && semi < pos + 12 && buf[semi] != ';') {
            semi++;
        }
        if (semi >= limit || buf[semi] != ';') {
            throw bad();
        }
        text.appendCodePoint(entityValue(pos + 1, semi));
        pos = semi + 1;
    }

    private int entityValue(int from, int to) {
        int length = to - from;
        if (length >= 2 && buf[from] == '#') {
            boolean hex = buf[from + 1] == 'x';
            int cp = 0;
            int i = from + (hex ? 2 : 1);
            if (i >= to) {
                throw bad();
            }
            for (; i < to; i++) {
                int d = Character.digit(buf[i], hex ? 16 : 10);
                if (d < 0 || cp > 0x10FFFF) {
                    throw bad();
                }
                cp = cp * (hex ? 16 : 10) + d;
            }
            if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                throw bad();
            }
            return cp;
        }
        String name = new String(buf, from, length, StandardCharsets.US_ASCII);
        return switch (name) {
            case "lt" -> '<';
            case "gt" -> '>';
            case "amp" -> '&';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> throw bad(); // no DTD, so no other entity exists
        };
    }

    /** After {@code <![CDATA[}: appends everything up to {@code ]]>} as it is (line ends normalised). */
    private void cdata() {
        while (true) {
            need(3);
            if (pos + 3 > limit) {
                throw bad();
            }
            if (startsWith("]]>")) {
                pos += 3;
                return;
            }
            byte c = buf[pos++];
            if (c == '\r') {
                need(1);
                if (pos >= limit || buf[pos] != '\n') {
                    text.append((byte) '\n');
                }
            } else {
                text.append(c);
            }
        }
    }

    private void skipDeclaration() {
        need(9);
        if (startsWith("<!--")) {
            skipPast("-->");
        } else if (startsWith("<![CDATA[")) {
            skipPast("]]>");
        } else {
            // <!DOCTYPE …>: refused, see the class comment (XXE, entity expansion).
            throw new SpreadsheetRefused("spreadsheet.doctype");
        }
    }

    /** Moves {@link #pos} to the next {@code c}; false at the end of the input. */
    private boolean skipTo(char c) {
        while (true) {
            int p = pos;
            byte[] b = buf;
            int lim = limit;
            while (p < lim && b[p] != c) {
                p++;
            }
            pos = p;
            if (p < lim) {
                return true;
            }
            if (!fill()) {
                return false;
            }
        }
    }

    private void skipPast(String end) {
        while (true) {
            if (!skipTo(end.charAt(0))) {
                throw bad();
            }
            need(end.length());
            if (startsWith(end)) {
                pos += end.length();
                return;
            }
            pos++;
        }
    }

    private boolean startsWith(String s) {
        if (pos + s.length() > limit) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Tries to have {@code n} bytes from {@link #pos} in the buffer (fewer only at the end of the input). */
    private void need(int n) {
        while (limit - pos < n && fill()) {
            // fill() reads more
        }
    }

    /**
     * Reads more input, keeping the bytes from {@link #pos} (moved to the start of the buffer;
     * offsets of the current tag are then stale, so callers only fill between tags or before
     * parsing one). False at the end of the input.
     */
    private boolean fill() {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_TAG) {
                throw bad();
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return false;
            }
            limit += n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean blank(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static Malformed bad() {
        return new Malformed();
    }

    /** A text or attribute value longer than the bound; callers name the cell. */
    static final class TextTooLong extends RuntimeException {
        TextTooLong() {
            super("text too long", null, false, false);
        }
    }

    /** The XML cannot be read; callers turn this into the user's message. */
    static final class Malformed extends RuntimeException {
        Malformed() {
            super("malformed XML", null, false, false);
        }
    }
}
