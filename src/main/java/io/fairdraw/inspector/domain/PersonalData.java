package io.fairdraw.inspector.domain;

/**
 * Masks personal data for those who do not need it (lists and exports for roles other than
 * ADMIN and the inspector's own unit LIAISON): 138****5678, 6501**********1234.
 */
public final class PersonalData {

    private PersonalData() {
    }

    public static String maskPhone(String phone) {
        return mask(phone, 3, 4);
    }

    public static String maskIdNumber(String id) {
        return mask(id, 4, 4);
    }

    /** Whether {@code text} is what {@link #mask} makes of some value (so an import can keep the stored one). */
    public static boolean isMasked(String text) {
        return text != null && text.contains("*");
    }

    static String mask(String s, int head, int tail) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (s.length() <= head + tail) {
            return "*".repeat(s.length());
        }
        return s.substring(0, head) + "*".repeat(s.length() - head - tail) + s.substring(s.length() - tail);
    }
}
