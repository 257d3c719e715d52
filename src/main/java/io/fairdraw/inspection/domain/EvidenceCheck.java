package io.fairdraw.inspection.domain;

import io.fairdraw.shared.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Evidence files are photos (JPEG, PNG) or PDFs, recognised by their first bytes — never by the
 * name or the browser's content type, which anyone can fake (an .exe renamed .jpg is refused) —
 * and at most {@code fairdraw.inspection.evidence.max-bytes} (10 MB by default) each. Photos are
 * at most {@code fairdraw.inspection.evidence.max-pixels} (50 megapixels), checked from their
 * header before anything is decoded ({@link EvidenceImage}).
 */
@Component
public class EvidenceCheck implements io.fairdraw.inspection.EvidenceFiles {

    public record Accepted(String contentType, byte[] thumbnail) {
    }

    static final long DEFAULT_MAX_PIXELS = 50_000_000L;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private final long maxBytes;
    private final long maxPixels;

    @Autowired
    public EvidenceCheck(@Value("${fairdraw.inspection.evidence.max-bytes:10485760}") long maxBytes,
                         @Value("${fairdraw.inspection.evidence.max-pixels:50000000}") long maxPixels) {
        if (maxBytes >= Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("fairdraw.inspection.evidence.max-bytes must be below 2 GB");
        }
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
    }

    public EvidenceCheck(long maxBytes) {
        this(maxBytes, DEFAULT_MAX_PIXELS);
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    /** issue 20 item 4: the same limits for an objection's attachment (read, then checked by content). */
    @Override
    public Checked accept(String fileName, long declaredSize, InputStream in) throws IOException {
        byte[] data = read(fileName, declaredSize, in);
        return new Checked(check(fileName, data).contentType(), data);
    }

    /**
     * Reads an uploaded file, refusing it as soon as it is known to be larger than the limit: from
     * the size the container measured while spooling the part to disk, and again while copying, so
     * at most {@code maxBytes + 1} bytes are ever held (issue 18 §3; the multipart limit of 200 MB
     * is for registry imports and only bounds what Tomcat writes to its temporary file).
     */
    public byte[] read(String fileName, long declaredSize, InputStream in) throws IOException {
        if (declaredSize > maxBytes) {
            throw tooLarge(fileName);
        }
        byte[] data = in.readNBytes((int) maxBytes + 1);
        if (data.length > maxBytes) {
            throw tooLarge(fileName);
        }
        return data;
    }

    private UserError tooLarge(String fileName) {
        return new UserError("files", "inspection.evidence.too_large", fileName, maxBytes / (1024 * 1024));
    }

    /** The detected type and, for images, a thumbnail; a {@link UserError} naming the file otherwise. */
    public Accepted check(String fileName, byte[] data) {
        if (data == null || data.length == 0) {
            throw new UserError("files", "inspection.evidence.empty", fileName);
        }
        if (data.length > maxBytes) {
            throw tooLarge(fileName);
        }
        String type = startsWith(data, JPEG) ? "image/jpeg" : startsWith(data, PNG) ? "image/png"
                : startsWith(data, PDF) ? "application/pdf" : null;
        if (type == null) {
            throw new UserError("files", "inspection.evidence.type", fileName);
        }
        return new Accepted(type, type.startsWith("image/") ? EvidenceImage.thumbnail(fileName, data, maxPixels) : null);
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }
}
