package io.fairdraw.shared;

import io.fairdraw.shared.InvalidCreditCodeException.Reason;
import java.util.random.RandomGenerator;

/**
 * 统一社会信用代码 (unified social credit code) as defined by GB 32100-2015.
 *
 * <p>Layout: position 1 登记管理部门码, 2 机构类别码, 3–8 行政区划码 (digits), 9–17 主体标识码,
 * 18 check character. Positions 1, 2 and 9–17 are only checked against the character set: the
 * registration-authority table changes over time, and the GB 11714 check inside the
 * 组织机构代码 is not enforced because many legitimately issued codes predate it.
 *
 * <p>Instances are always valid and in canonical form (upper case, no surrounding whitespace).
 */
public final class UnifiedSocialCreditCode {

    /** GB 32100-2015 §4: digits and capital letters except I, O, Z, S, V; index = value. */
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int MODULUS = CHARSET.length(); // 31
    /** GB 32100-2015 §5: weight of position i is 3^(i-1) mod 31. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;
    private static final int REGION_START = 2; // 0-based index of position 3
    private static final int REGION_END = 8; // exclusive, position 8 inclusive

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    /**
     * Parses user or import input: strips surrounding whitespace (including the ideographic
     * space U+3000 that pasting from Chinese documents brings along) and upper-cases ASCII
     * letters. Full-width letters and digits (e.g. {@code ９１}) are deliberately not converted
     * and are rejected with {@link Reason#CHARSET}, so the user sees which character to retype.
     *
     * @throws InvalidCreditCodeException with the reason and position of the first problem
     */
    public static UnifiedSocialCreditCode of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidCreditCodeException(text, Reason.EMPTY, 0, "credit code is empty");
        }
        String code = asciiUpperCase(text.strip());
        if (code.length() != LENGTH) {
            throw new InvalidCreditCodeException(text, Reason.LENGTH, 0,
                    "credit code must have 18 characters, got " + code.length());
        }
        requireCharset(text, code);
        for (int i = REGION_START; i < REGION_END; i++) {
            if (!isDigit(code.charAt(i))) {
                throw new InvalidCreditCodeException(text, Reason.REGION, i + 1,
                        "region code (positions 3-8) must be digits, position " + (i + 1));
            }
        }
        char expected = computeCheckChar(code);
        if (code.charAt(LENGTH - 1) != expected) {
            throw new InvalidCreditCodeException(text, Reason.CHECK_DIGIT, LENGTH,
                    "check character mismatch at position 18");
        }
        return new UnifiedSocialCreditCode(code);
    }

    public static boolean isValid(String text) {
        try {
            of(text);
            return true;
        } catch (InvalidCreditCodeException e) {
            return false;
        }
    }

    /**
     * The check character (position 18) for the first 17 characters, which must already be in
     * canonical upper case. {@code 31 - (sum mod 31)}, where 31 maps to {@code '0'}.
     *
     * @throws InvalidCreditCodeException ({@link Reason#LENGTH} or {@link Reason#CHARSET})
     */
    public static char checkCharFor(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new InvalidCreditCodeException(first17, Reason.LENGTH, 0,
                    "expected the first 17 characters of a credit code");
        }
        requireCharset(first17, first17);
        return computeCheckChar(first17);
    }

    /**
     * A valid code for demo data and benchmarks: {@code 91} (工商 / 企业) + region + 9 random
     * characters from the set + check character.
     *
     * @param regionCode6 six-digit 行政区划码, e.g. {@code 350100}
     */
    public static UnifiedSocialCreditCode random(RandomGenerator rnd, String regionCode6) {
        if (regionCode6 == null || regionCode6.length() != 6 || !regionCode6.chars().allMatch(c -> isDigit((char) c))) {
            throw new IllegalArgumentException("region code must be 6 digits: " + regionCode6);
        }
        StringBuilder sb = new StringBuilder(LENGTH).append("91").append(regionCode6);
        for (int i = 0; i < 9; i++) {
            sb.append(CHARSET.charAt(rnd.nextInt(MODULUS)));
        }
        sb.append(computeCheckChar(sb));
        return new UnifiedSocialCreditCode(sb.toString());
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnifiedSocialCreditCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    private static void requireCharset(String input, String code) {
        for (int i = 0; i < code.length(); i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                throw new InvalidCreditCodeException(input, Reason.CHARSET, i + 1,
                        "character not allowed in a credit code at position " + (i + 1));
            }
        }
    }

    /** Assumes at least 17 characters, all from {@link #CHARSET}. */
    private static char computeCheckChar(CharSequence code) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((MODULUS - sum % MODULUS) % MODULUS);
    }

    /**
     * Only a-z are mapped: {@link String#toUpperCase} would turn e.g. {@code ß} into {@code SS}
     * and shift the positions we report.
     */
    private static String asciiUpperCase(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
