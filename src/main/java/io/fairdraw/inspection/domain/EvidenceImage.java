package io.fairdraw.inspection.domain;

import io.fairdraw.shared.UserError;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The thumbnail of an evidence photo, made without ever decoding the full picture.
 *
 * <p>Issue 18 §3: a 102-byte PNG may declare 23000×23000 pixels, and decoding it whole allocates
 * about 529 MB. So the dimensions are read from the header first (PNG IHDR, JPEG SOFn — ImageIO's
 * {@code ImageReader.getWidth/getHeight} read no pixel data), anything above the pixel limit is
 * refused, and the rest is decoded with source subsampling: the reader keeps only every n-th pixel
 * of every n-th row, so the raster held is about (2 × 240)² pixels whatever the photo's size.
 * A picture the decoder reports as damaged (a truncated JPEG is only a warning to ImageIO, which
 * fills the rest with grey) is refused too: evidence that does not show what it claims is no evidence.
 */
final class EvidenceImage {

    static final int THUMBNAIL_SIZE = 240;

    private EvidenceImage() {
    }

    /** Width and height from the header; {@code null} when no reader recognises the bytes. */
    record Size(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    /** A JPEG at most 240 px on its longer side, or a {@link UserError} naming the file. */
    static byte[] thumbnail(String fileName, byte[] data, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new UserError("files", "inspection.evidence.type", fileName);
            }
            ImageReader reader = readers.next();
            try {
                // ignoreMetadata: compressed text chunks (zTXt, iTXt) are not inflated either.
                reader.setInput(in, true, true);
                Size size = header(fileName, reader);
                if (size.pixels() > maxPixels) {
                    throw new UserError("files", "inspection.evidence.pixels", fileName, String.valueOf(size.width()),
                            String.valueOf(size.height()), String.valueOf(maxPixels / 1_000_000));
                }
                AtomicBoolean damaged = new AtomicBoolean();
                reader.addIIOReadWarningListener((source, warning) -> damaged.set(true));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(size);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (image == null || damaged.get()) {
                    throw new UserError("files", "inspection.evidence.damaged", fileName);
                }
                return scaled(image);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserError u) {
                throw u;
            }
            // The header promised an image the data does not hold (truncated, corrupt, unsupported).
            throw new UserError("files", "inspection.evidence.damaged", fileName);
        }
    }

    /** The declared size; bytes with an image's magic but no readable header are not an image. */
    private static Size header(String fileName, ImageReader reader) {
        try {
            Size size = new Size(reader.getWidth(0), reader.getHeight(0));
            if (size.width() > 0 && size.height() > 0) {
                return size;
            }
        } catch (IOException | RuntimeException e) {
            // falls through: not an image
        }
        throw new UserError("files", "inspection.evidence.type", fileName);
    }

    /** Keep every n-th pixel so the decoded raster is still at least twice the thumbnail (smooth downscale). */
    static int subsampling(Size size) {
        return Math.max(1, Math.max(size.width(), size.height()) / (2 * THUMBNAIL_SIZE));
    }

    private static byte[] scaled(BufferedImage image) throws IOException {
        double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage thumb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumb.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(thumb, "jpg", out);
        return out.toByteArray();
    }
}
