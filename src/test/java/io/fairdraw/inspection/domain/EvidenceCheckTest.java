package io.fairdraw.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.shared.UserError;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 证据文件按内容识别类型（JPEG、PNG、PDF），不看文件名；超过上限拒收；图片生成缩略图。 */
class EvidenceCheckTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = EvidenceCheckTest.class.getResourceAsStream("/inspection/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    @DisplayName("照片、PNG 和 PDF 被接受，图片有缩略图；改名为 .jpg 的可执行文件被拒收")
    void typeByContent() throws IOException {
        EvidenceCheck check = new EvidenceCheck(10 * 1024 * 1024);
        EvidenceCheck.Accepted jpeg = check.check("a.jpg", resource("site-photo.jpg"));
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(jpeg.thumbnail()).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(check.check("b.png", resource("boundary-sketch.png")).contentType()).isEqualTo("image/png");
        EvidenceCheck.Accepted pdf = check.check("c.pdf", resource("site-report.pdf"));
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.thumbnail()).isNull();
        assertThatThrownBy(() -> check.check("disguised-program.jpg", resource("disguised-program.jpg")))
                .isInstanceOf(UserError.class).hasMessage("inspection.evidence.type");
        byte[] fakeJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3};
        assertThatThrownBy(() -> check.check("broken.jpg", fakeJpeg)).as("magic bytes but no image")
                .isInstanceOf(UserError.class).hasMessage("inspection.evidence.type");
    }

    @Test
    @DisplayName("超过配置的上限被拒收，空文件被拒收")
    void sizeLimit() throws IOException {
        byte[] photo = resource("site-photo.jpg");
        EvidenceCheck small = new EvidenceCheck(photo.length - 1);
        assertThatThrownBy(() -> small.check("a.jpg", photo)).isInstanceOf(UserError.class)
                .hasMessage("inspection.evidence.too_large");
        assertThat(new EvidenceCheck(photo.length).check("a.jpg", photo).contentType()).isEqualTo("image/jpeg");
        assertThatThrownBy(() -> small.check("empty.jpg", new byte[0])).hasMessage("inspection.evidence.empty");
    }

    /** Bytes allocated on this thread while {@code r} runs (HotSpot's per-thread allocation counter). */
    private static long allocated(Runnable r) {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        r.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    @DisplayName("图片炸弹：约百字节的 PNG 声明 23000×23000 像素，按文件头拒收，未解码（分配内存 < 2 MB）")
    void pixelBombRefusedFromHeader() {
        byte[] bomb = HostileImages.greyPng(23_000, 23_000, 1);
        assertThat(bomb.length).isLessThan(200);
        EvidenceCheck check = new EvidenceCheck(10 * 1024 * 1024);
        long bytes = allocated(() -> assertThatThrownBy(() -> check.check("bomb.png", bomb))
                .isInstanceOf(UserError.class).hasMessage("inspection.evidence.pixels")
                .satisfies(e -> assertThat(((UserError) e).args()).containsExactly("bomb.png", "23000", "23000", "50")));
        // Decoding it would allocate 23000 × 23000 bytes = 529 MB.
        assertThat(bytes).as("bytes allocated while refusing").isLessThan(2L * 1024 * 1024);
        assertThatThrownBy(() -> check.check("wide.png", HostileImages.greyPng(Integer.MAX_VALUE, 1, 0)))
                .hasMessage("inspection.evidence.pixels");
    }

    @Test
    @DisplayName("接近上限的大图（7000×7000）按抽样解码生成缩略图：分配内存远小于整幅解码的 49 MB")
    void largePictureThumbnailBySubsampling() throws IOException {
        byte[] png = HostileImages.greyPng(7_000, 7_000, 7_000);
        EvidenceCheck check = new EvidenceCheck(10 * 1024 * 1024);
        EvidenceCheck.Accepted[] ok = new EvidenceCheck.Accepted[1];
        long bytes = allocated(() -> ok[0] = check.check("site.png", png));
        assertThat(ok[0].contentType()).isEqualTo("image/png");
        var thumb = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(ok[0].thumbnail()));
        assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(240);
        assertThat(EvidenceImage.subsampling(new EvidenceImage.Size(7_000, 7_000))).isEqualTo(14);
        // A whole decode holds 7000 × 7000 = 49 MB of pixels; subsampled, 500 × 500.
        assertThat(bytes).as("bytes allocated while making the thumbnail").isLessThan(16L * 1024 * 1024);
        assertThatThrownBy(() -> check.check("too-big.png", HostileImages.greyPng(7_072, 7_072, 1)))
                .as("50,014,184 pixels").hasMessage("inspection.evidence.pixels");
    }

    @Test
    @DisplayName("敌意证据：改名为 .png/.pdf 的可执行文件、空文件、截断的 JPEG 和 PNG 均被拒收")
    void hostileEvidence() throws IOException {
        EvidenceCheck check = new EvidenceCheck(10 * 1024 * 1024);
        assertThatThrownBy(() -> check.check("setup.png", HostileImages.executable())).hasMessage("inspection.evidence.type");
        assertThatThrownBy(() -> check.check("setup.pdf", HostileImages.executable())).hasMessage("inspection.evidence.type");
        assertThatThrownBy(() -> check.check("empty.png", new byte[0])).hasMessage("inspection.evidence.empty");
        byte[] photo = resource("site-photo.jpg");
        assertThatThrownBy(() -> check.check("cut.jpg", HostileImages.truncated(photo, 0.6)))
                .hasMessage("inspection.evidence.damaged");
        byte[] png = HostileImages.greyPng(600, 400, 400);
        assertThat(check.check("whole.png", png).thumbnail()).isNotEmpty();
        assertThatThrownBy(() -> check.check("cut.png", HostileImages.greyPng(600, 400, 200)))
                .as("image data ends after half the rows").hasMessage("inspection.evidence.damaged");
        assertThatThrownBy(() -> check.check("cut-file.png", HostileImages.truncated(resource("boundary-sketch.png"), 0.5)))
                .hasMessage("inspection.evidence.damaged");
    }

    @Test
    @DisplayName("超大上传在读取时即被拒收：最多读入上限加一个字节，不整个读进内存")
    void oversizedUploadRefusedWhileStreaming() throws IOException {
        EvidenceCheck check = new EvidenceCheck(1024 * 1024);
        long[] served = new long[1];
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                served[0] += len;
                return len;
            }
        };
        assertThatThrownBy(() -> check.read("huge.jpg", -1, endless)).hasMessage("inspection.evidence.too_large");
        assertThat(served[0]).as("bytes read from the upload").isLessThanOrEqualTo(1024 * 1024 + 1 + 8192);
        served[0] = 0;
        assertThatThrownBy(() -> check.read("huge.jpg", 200L * 1024 * 1024, endless))
                .as("size known from the spooled part").hasMessage("inspection.evidence.too_large");
        assertThat(served[0]).isZero();
        byte[] photo = resource("site-photo.jpg");
        assertThat(check.read("a.jpg", photo.length, new java.io.ByteArrayInputStream(photo))).isEqualTo(photo);
    }
}
