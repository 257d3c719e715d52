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
}
