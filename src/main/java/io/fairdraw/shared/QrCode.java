package io.fairdraw.shared;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code of a link, rendered on the server as a PNG (issue 21 item 6: a printed list or notice
 * carries the absolute URL of its public verification page, scannable with any phone). Rendered
 * here rather than in the browser so that a printout never depends on a script having run.
 */
public final class QrCode {

    /** Pixels per module: 4 px modules print sharply at about 3 cm for a link of ~60 characters. */
    private static final int MODULE_PX = 4;

    private QrCode() {
    }

    /** The PNG of {@code text}: error correction M, a quiet zone of 4 modules (ISO/IEC 18004). */
    public static byte[] png(String text) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("text too long for a QR code", e);
        }
        int w = m.getWidth() * MODULE_PX;
        int h = m.getHeight() * MODULE_PX;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, m.get(x / MODULE_PX, y / MODULE_PX) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@link #png} as a {@code data:} URI for an {@code <img src>} of a page that is printed. */
    public static String dataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
    }
}
