package io.fairdraw.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fairdraw.shared.InvalidCreditCodeException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // Published codes; each was checked against the GB 32100-2015 algorithm independently of this class.
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "91350100M000100Y43", "914403001922038216", "91440300708461136T",
            "91110000802100433B", "91330100716105852F", "91110108551385082Q"})
    @DisplayName("真实公布的统一社会信用代码校验通过")
    void acceptsPublishedCodes(String text) {
        assertThat(UnifiedSocialCreditCode.isValid(text)).isTrue();
        assertThat(UnifiedSocialCreditCode.of(text).value()).isEqualTo(text);
    }

    @Test
    @DisplayName("加权和为 31 的倍数时校验码为 0（31 → 0）")
    void sumDivisibleBy31GivesZero() {
        assertThat(UnifiedSocialCreditCode.checkCharFor("91110100000000004")).isEqualTo('0');
        assertThat(UnifiedSocialCreditCode.isValid("911101000000000040")).isTrue();
    }

    @Test
    @DisplayName("校验码计算")
    void checkCharFor() {
        assertThat(UnifiedSocialCreditCode.checkCharFor("91350100M000100Y4")).isEqualTo('3');
        assertThat(UnifiedSocialCreditCode.checkCharFor("91440300708461136")).isEqualTo('T');
    }

    @Test
    @DisplayName("校验码计算的输入须为 17 位规范字符")
    void checkCharForRejectsBadInput() {
        assertThat(reasonOf(() -> UnifiedSocialCreditCode.checkCharFor("9135010"))).isEqualTo(Reason.LENGTH);
        assertThat(reasonOf(() -> UnifiedSocialCreditCode.checkCharFor("91350100m000100Y4"))).isEqualTo(Reason.CHARSET);
    }

    @Test
    @DisplayName("小写和首尾空白（含全角空格）被规范化")
    void normalisesCaseAndWhitespace() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(" \t91350100m000100y43\u3000");
        assertThat(code.value()).isEqualTo("91350100M000100Y43");
        assertThat(code).isEqualTo(UnifiedSocialCreditCode.of("91350100M000100Y43"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\u3000"})
    @DisplayName("空值：原因 EMPTY，消息键 uscc.invalid.empty")
    void empty(String text) {
        InvalidCreditCodeException e = invalid(text);
        assertThat(e.reason()).isEqualTo(Reason.EMPTY);
        assertThat(e.position()).isEmpty();
        assertThat(e.messageKey()).isEqualTo("uscc.invalid.empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433", "9"})
    @DisplayName("长度不是 18 位：原因 LENGTH")
    void length(String text) {
        InvalidCreditCodeException e = invalid(text);
        assertThat(e.reason()).isEqualTo(Reason.LENGTH);
        assertThat(e.position()).isEmpty();
        assertThat(e.messageKey()).isEqualTo("uscc.invalid.length");
    }

    @Test
    @DisplayName("含 I、O、Z、S、V 或其他非法字符：原因 CHARSET，并指出位置")
    void charset() {
        for (char bad : "IOZSV-*".toCharArray()) {
            InvalidCreditCodeException e = invalid("91350100M" + bad + "00100Y43");
            assertThat(e.reason()).as("char %s", bad).isEqualTo(Reason.CHARSET);
            assertThat(e.position()).isEqualTo(OptionalInt.of(10));
        }
        // lower-case i becomes I, which the standard excludes
        assertThat(invalid("91350100m000100i43").position()).isEqualTo(OptionalInt.of(16));
    }

    @Test
    @DisplayName("全角字符不转换，按非法字符拒绝")
    void fullWidthRejected() {
        InvalidCreditCodeException e = invalid("９1350100M000100Y43");
        assertThat(e.reason()).isEqualTo(Reason.CHARSET);
        assertThat(e.position()).isEqualTo(OptionalInt.of(1));
        assertThat(e.input()).isEqualTo("９1350100M000100Y43");
        assertThat(e.messageKey()).isEqualTo("uscc.invalid.charset");
    }

    @Test
    @DisplayName("第 3–8 位行政区划码含字母：原因 REGION")
    void region() {
        InvalidCreditCodeException e = invalid("9135A100M000100Y43");
        assertThat(e.reason()).isEqualTo(Reason.REGION);
        assertThat(e.position()).isEqualTo(OptionalInt.of(5));
        assertThat(e.messageKey()).isEqualTo("uscc.invalid.region");
    }

    @Test
    @DisplayName("校验码错误：原因 CHECK_DIGIT，位置 18")
    void checkDigit() {
        InvalidCreditCodeException e = invalid("91350100M000100Y44");
        assertThat(e.reason()).isEqualTo(Reason.CHECK_DIGIT);
        assertThat(e.position()).isEqualTo(OptionalInt.of(18));
        assertThat(e.messageKey()).isEqualTo("uscc.invalid.check_digit");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("值语义：equals、hashCode、toString 均为代码本身")
    void valueSemantics() {
        UnifiedSocialCreditCode a = UnifiedSocialCreditCode.of("91350100M000100Y43");
        UnifiedSocialCreditCode b = UnifiedSocialCreditCode.of("91350100m000100y43");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(UnifiedSocialCreditCode.of("914403001922038216"));
        assertThat(a).hasToString("91350100M000100Y43");
    }

    @Test
    @DisplayName("random() 生成的 10,000 个代码全部有效，且以 91 + 行政区划码开头")
    void randomIsAlwaysValid() {
        SplittableRandom rnd = new SplittableRandom(32100);
        for (int i = 0; i < 10_000; i++) {
            UnifiedSocialCreditCode code = UnifiedSocialCreditCode.random(rnd, "350100");
            assertThat(UnifiedSocialCreditCode.isValid(code.value())).as(code.value()).isTrue();
            assertThat(code.value()).startsWith("91350100").hasSize(18);
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"35010", "3501000", "35010A"})
    @DisplayName("random() 的行政区划码须为 6 位数字")
    void randomRejectsBadRegion(String region) {
        assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.random(new SplittableRandom(1), region));
    }

    @ParameterizedTest(name = "种子 {0}")
    @ValueSource(longs = {1, 2, 3, 20150101})
    @DisplayName("任一位置改为任一其他合法字符都会被校验码发现")
    void singleSubstitutionIsDetected(long seed) {
        // 31 is prime and every weight 3^k mod 31 is non-zero, so any one-character change
        // alters the weighted sum mod 31; positions 3-8 are replaced by digits only, so that
        // it is the check character, not the region rule, that catches the change.
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> undetected = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < 100; i++) {
            String valid = UnifiedSocialCreditCode.random(rnd, String.format("%06d", rnd.nextInt(1_000_000))).value();
            for (int pos = 0; pos < 18; pos++) {
                String replacements = pos >= 2 && pos < 8 ? "0123456789" : CHARSET;
                for (char c : replacements.toCharArray()) {
                    if (c == valid.charAt(pos)) {
                        continue;
                    }
                    String changed = valid.substring(0, pos) + c + valid.substring(pos + 1);
                    checked++;
                    try {
                        UnifiedSocialCreditCode.of(changed);
                        undetected.add(changed);
                    } catch (InvalidCreditCodeException e) {
                        if (e.reason() != Reason.CHECK_DIGIT) {
                            undetected.add(changed + " (" + e.reason() + ")");
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(40_000);
        assertThat(undetected).isEmpty();
    }

    private static InvalidCreditCodeException invalid(String text) {
        return catchThrowableOfType(InvalidCreditCodeException.class, () -> UnifiedSocialCreditCode.of(text));
    }

    private static Reason reasonOf(Runnable call) {
        InvalidCreditCodeException e = catchThrowableOfType(InvalidCreditCodeException.class, call::run);
        assertThat(e).as("expected InvalidCreditCodeException").isNotNull();
        return e.reason();
    }
}
