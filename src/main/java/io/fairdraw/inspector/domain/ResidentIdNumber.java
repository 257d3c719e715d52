package io.fairdraw.inspector.domain;

import java.time.DateTimeException;
import java.time.LocalDate;

/** 公民身份号码 (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character (0-9 or X). */
final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentIdNumber() {
    }

    static boolean isValid(String id) {
        if (id == null || !id.matches("[0-9]{17}[0-9X]")) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == id.charAt(17);
    }
}
