package io.fairdraw.disclosure.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A portal search: free text (part of an entity name, or a code when it looks like one), filters
 * and a keyset cursor ({@code publishedOn.id} of the last row of the previous page).
 */
public record ResultQuery(String text, String uscc, String unit, Integer year, String field, String category,
                          String after) {

    /** 统一社会信用代码 or a prefix of it: letters and digits only, at least 6 of them. */
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{6,18}");
    private static final Pattern CURSOR = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.(\\d{1,18})");

    public ResultQuery {
        text = blankToNull(text);
        uscc = blankToNull(uscc);
        unit = blankToNull(unit);
        field = blankToNull(field);
        category = blankToNull(category);
        after = blankToNull(after);
        if (text != null && text.length() > 50) {
            text = text.substring(0, 50);
        }
    }

    public static ResultQuery all() {
        return new ResultQuery(null, null, null, null, null, null, null);
    }

    public boolean codeSearch() {
        return text != null && CODE.matcher(text).matches();
    }

    public String codePrefix() {
        return text.toUpperCase(Locale.ROOT);
    }

    /** The cursor as (published_on, id), or null on the first page or when it is malformed. */
    Object[] cursor() {
        if (after == null) {
            return null;
        }
        var m = CURSOR.matcher(after);
        if (!m.matches()) {
            return null;
        }
        try {
            return new Object[] {LocalDate.parse(m.group(1)), Long.parseLong(m.group(2))};
        } catch (RuntimeException e) {
            return null;
        }
    }

    public ResultQuery withAfter(String cursor) {
        return new ResultQuery(text, uscc, unit, year, field, category, cursor);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
