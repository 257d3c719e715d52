package io.fairdraw.draw.protocol;

import java.util.Random;

/**
 * Realistic 统一社会信用代码 for generated frames: GB 32100-2015 layout (registration authority,
 * entity type, 6-digit division code, 9-character GB 11714 org code, check character) with both
 * check characters computed, so generated vectors pass the registry's validation too.
 */
final class Usccs {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final String[] DIVISIONS = {"659001", "659002", "659003", "659004", "659005", "659006"};

    private Usccs() {
    }

    static String random(Random random) {
        StringBuilder code = new StringBuilder("91").append(DIVISIONS[random.nextInt(DIVISIONS.length)]);
        // Org codes issued since 2015 start with "MA"; keep that shape, like the shared small vector.
        StringBuilder org = new StringBuilder("MA");
        while (org.length() < 8) {
            org.append(CHARSET.charAt(random.nextInt(CHARSET.length())));
        }
        code.append(org).append(orgCheck(org));
        return code.append(usccCheck(code)).toString();
    }

    /** GB 11714: C9 = 11 - (sum of value × weight mod 11); 10 → X, 11 → 0. */
    static char orgCheck(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body.charAt(i), 36) * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** GB 32100: C18 = 31 - (sum of value × 3^(i-1) mod 31 mod 31); 31 → 0. */
    static char usccCheck(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    static boolean isValid(String uscc) {
        return uscc.length() == 18 && uscc.chars().allMatch(c -> CHARSET.indexOf(c) >= 0)
                && uscc.charAt(16) == orgCheck(uscc.substring(8, 16)) && uscc.charAt(17) == usccCheck(uscc.substring(0, 17));
    }
}
