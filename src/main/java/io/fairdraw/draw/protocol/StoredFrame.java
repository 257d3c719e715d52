package io.fairdraw.draw.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a stored frame snapshot back ({@link Frame#ofCanonical}): the canonical frame text and the
 * org code of each line, checked line by line (FD-DRAW-1 §1: {@code USCC,STRATUM\n}, USCCs in
 * byte order, each once). The work of a line is the small method {@link #parse(int)}, so that the
 * JIT compiles it early, from its many calls, rather than one long loop run once per draw.
 */
final class StoredFrame {

    private final byte[] frameText;
    private final byte[] orgCodeLines;
    final int[] lineStarts;
    final int[] stratumIndexes;
    final int[] orgIndexes;
    final List<String> strata = new ArrayList<>();
    private final List<byte[]> strataBytes = new ArrayList<>();
    final List<String> orgs = new ArrayList<>();
    private final Map<String, Integer> orgIndex = new HashMap<>();
    int f;
    int o;
    private int previousStart = -1;
    private int previousEnd = -1;

    private StoredFrame(byte[] frameText, byte[] orgCodeLines, int size) {
        this.frameText = frameText;
        this.orgCodeLines = orgCodeLines;
        this.lineStarts = new int[size + 1];
        this.stratumIndexes = new int[size];
        this.orgIndexes = new int[size];
    }

    void parse(int line) {
        lineStarts[line] = f;
        int comma = codeEnd(frameText, f);
        if (comma == f || comma >= frameText.length || frameText[comma] != ',') {
            throw notCanonical("frame", line + 1, "not USCC,STRATUM with USCC in [0-9A-Za-z._-]");
        }
        int end = comma + 1;
        while (end < frameText.length && isLetter(frameText[end])) {
            end++;
        }
        if (end == comma + 1 || end >= frameText.length || frameText[end] != '\n') {
            throw notCanonical("frame", line + 1, "the stratum is not one or more letters A-Z, a-z");
        }
        if (previousStart >= 0
                && Arrays.compareUnsigned(frameText, previousStart, previousEnd, frameText, f, comma) >= 0) {
            throw notCanonical("frame", line + 1, "the USCC is not after the previous line's in byte order");
        }
        stratumIndexes[line] = stratumIndex(frameText, comma + 1, end, strata, strataBytes);
        int orgEnd = codeEnd(orgCodeLines, o);
        if (orgEnd == o || orgEnd >= orgCodeLines.length || orgCodeLines[orgEnd] != '\n') {
            throw notCanonical("orgs", line + 1, "not an org code in [0-9A-Za-z._-] terminated by LF");
        }
        String org = new String(orgCodeLines, o, orgEnd - o, StandardCharsets.US_ASCII);
        orgIndexes[line] = orgIndex.computeIfAbsent(org, code -> {
            orgs.add(code);
            return orgs.size() - 1;
        });
        previousStart = f;
        previousEnd = comma;
        f = end + 1;
        o = orgEnd + 1;
    }

    static StoredFrame parse(byte[] frameText, byte[] orgCodeLines) {
        int size = countLines(frameText);
        if (frameText.length > 0 && frameText[frameText.length - 1] != '\n') {
            throw notCanonical("frame", size + 1, "the last line is not terminated by LF");
        }
        StoredFrame lines = new StoredFrame(frameText, orgCodeLines, size);
        for (int line = 0; line < size; line++) {
            lines.parse(line);
        }
        lines.lineStarts[size] = lines.f;
        if (lines.o != orgCodeLines.length) {
            throw notCanonical("orgs", size + 1, "there are more org codes than frame lines");
        }
        return lines;
    }


    /**
     * SHA-256 of the org text ({@code Frame.orgsText()}) of a stored frame text and its org code lines,
     * fed line by line through a small buffer instead of building the whole text. Only used once {@link #parse} has found both texts canonical, when the lines
     * read here are exactly those of the org text.
     */
    static String orgsHash(byte[] frameText, byte[] orgCodeLines) {
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[1 << 16];
        int filled = 0;
        int f = 0;
        int o = 0;
        while (f < frameText.length && o < orgCodeLines.length) {
            int comma = indexOf(frameText, f, (byte) ',');
            int orgEnd = indexOf(orgCodeLines, o, (byte) '\n');
            int usccLength = comma - f;
            int codeLength = orgEnd - o;
            if (filled + usccLength + codeLength + 2 > buffer.length) {
                digest.update(buffer, 0, filled);
                filled = 0;
            }
            if (usccLength + codeLength + 2 > buffer.length) {
                digest.update(frameText, f, usccLength);
                digest.update((byte) ',');
                digest.update(orgCodeLines, o, codeLength);
                digest.update((byte) '\n');
            } else {
                System.arraycopy(frameText, f, buffer, filled, usccLength);
                filled += usccLength;
                buffer[filled++] = ',';
                System.arraycopy(orgCodeLines, o, buffer, filled, codeLength);
                filled += codeLength;
                buffer[filled++] = '\n';
            }
            f = indexOf(frameText, comma, (byte) '\n') + 1;
            o = orgEnd + 1;
        }
        digest.update(buffer, 0, filled);
        return Sha256.hex(digest.digest());
    }

    /** Position of the first {@code value} at or after {@code from}, or the length when there is none. */
    private static int indexOf(byte[] bytes, int from, byte value) {
        int i = from;
        while (i < bytes.length && bytes[i] != value) {
            i++;
        }
        return i;
    }

    private static int countLines(byte[] text) {
        int lines = 0;
        for (byte b : text) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** First position at or after {@code from} that is not a code character ([0-9A-Za-z._-]). */
    private static int codeEnd(byte[] text, int from) {
        int i = from;
        while (i < text.length && Fields.isCodeChar((char) (text[i] & 0xff))) {
            i++;
        }
        return i;
    }

    private static boolean isLetter(byte b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z';
    }

    private static int stratumIndex(byte[] text, int from, int to, List<String> strata, List<byte[]> strataBytes) {
        for (int s = 0; s < strataBytes.size(); s++) {
            byte[] known = strataBytes.get(s);
            if (Arrays.equals(known, 0, known.length, text, from, to)) {
                return s;
            }
        }
        strataBytes.add(Arrays.copyOfRange(text, from, to));
        strata.add(new String(text, from, to - from, StandardCharsets.US_ASCII));
        return strata.size() - 1;
    }

    private static ProtocolException notCanonical(String text, int line, String why) {
        return new ProtocolException(text + ".not-canonical", "line " + line + ": " + why);
    }
}
