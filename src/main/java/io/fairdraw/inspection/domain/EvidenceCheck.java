package io.fairdraw.inspection.domain;

import io.fairdraw.shared.UserError;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Evidence files are photos (JPEG, PNG) or PDFs, recognised by their first bytes — never by the
 * name or the browser's content type, which anyone can fake (an .exe renamed .jpg is refused) —
 * and at most {@code fairdraw.inspection.evidence.max-bytes} (10 MB by default) each.
 */
@Component
public class EvidenceCheck {

    public record Accepted(String contentType, byte[] thumbnail) {
    }

    static final int THUMBNAIL_SIZE = 240;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private final long maxBytes;

    public EvidenceCheck(@Value("${fairdraw.inspection.evidence.max-bytes:10485760}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The detected type and, for images, a thumbnail; a {@link UserError} naming the file otherwise. */
    public Accepted check(String fileName, byte[] data) {
        if (data == null || data.length == 0) {
            throw new UserError("files", "inspection.evidence.empty", fileName);
        }
        if (data.length > maxBytes) {
            throw new UserError("files", "inspection.evidence.too_large", fileName, maxBytes / (1024 * 1024));
        }
        String type = startsWith(data, JPEG) ? "image/jpeg" : startsWith(data, PNG) ? "image/png"
                : startsWith(data, PDF) ? "application/pdf" : null;
        if (type == null) {
            throw new UserError("files", "inspection.evidence.type", fileName);
        }
        return new Accepted(type, type.startsWith("image/") ? thumbnail(fileName, data) : null);
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }

    /** A JPEG at most 240 px on its longer side; a file that claims to be an image but is not is refused. */
    static byte[] thumbnail(String fileName, byte[] data) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
            if (image == null) {
                throw new UserError("files", "inspection.evidence.type", fileName);
            }
            double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
            int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
            BufferedImage thumb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = thumb.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, w, h, null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(thumb, "jpg", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserError u) {
                throw u;
            }
            throw new UserError("files", "inspection.evidence.type", fileName);
        }
    }
}
