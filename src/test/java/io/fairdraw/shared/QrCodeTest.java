package io.fairdraw.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.QrImages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    @DisplayName("二维码解码后正是所编码的绝对地址")
    void decodesBackToTheLink() {
        String url = "https://sjs.example.gov.cn/public/draws/2026-D01-T01-1";
        assertThat(QrImages.decodeDataUri(QrCode.dataUri(url))).isEqualTo(url);
    }

    @Test
    @DisplayName("二维码不是空图：不同地址得到不同的图")
    void differentLinksDifferentImages() {
        assertThat(QrCode.png("https://a.example/x")).isNotEqualTo(QrCode.png("https://a.example/y"));
    }

    @Test
    @DisplayName("配置的公网地址去掉末尾斜杠后拼接")
    void configuredBaseIsUsed() {
        assertThat(new PublicLinks("https://sjs.example.gov.cn/ ").draw("2026-D01-T01-1"))
                .isEqualTo("https://sjs.example.gov.cn/public/draws/2026-D01-T01-1");
    }
}
