package io.fairdraw.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads a QR code back with ZXing's reader, as a phone would (issue 21 acceptance 4). */
public final class QrImages {

    private QrImages() {
    }

    /** The text of the QR code in a PNG (or any image ImageIO reads). */
    public static String decode(byte[] image) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(image));
            int[] rgb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(img.getWidth(), img.getHeight(), rgb)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE)).getText();
        } catch (Exception e) {
            throw new AssertionError("no readable QR code in the image", e);
        }
    }

    /** The text of the QR code in a {@code data:image/png;base64,…} URI. */
    public static String decodeDataUri(String uri) {
        String prefix = "data:image/png;base64,";
        if (!uri.startsWith(prefix)) {
            throw new AssertionError("not a PNG data URI: " + uri.substring(0, Math.min(40, uri.length())));
        }
        return decode(Base64.getDecoder().decode(uri.substring(prefix.length())));
    }
}
