package io.fairdraw.inspector.domain;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The columns of the inspector import template and of the export, in order. Headers are the
 * message keys {@code inspector.col.<key>}; an import accepts the Chinese or the English header.
 */
public enum InspectorColumns {
    ID("id", "id"), NAME("name", "name"), UNIT("unit", "unitCode"), CERTIFICATE_NO("certificate_no", "certificateNo"),
    CERTIFICATE_EXPIRY("certificate_expiry", "certificateExpiry"), SPECIALTIES("specialties", "specialties"),
    STATUS("status", "status"), JOINT_POOL("joint_pool", "jointPool"), PHONE("phone", "phone"),
    ID_NUMBER("id_number", "idNumber");

    /** Errors name the column by its Chinese header (the template's), whatever the caller's language. */
    public static final Locale TEMPLATE_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final String key;
    private final String field;

    InspectorColumns(String key, String field) {
        this.key = key;
        this.field = field;
    }

    public String messageKey() {
        return "inspector.col." + key;
    }

    /** The form/draft field this column fills. */
    public String field() {
        return field;
    }

    public String header(MessageSource messages, Locale locale) {
        return messages.getMessage(messageKey(), null, locale);
    }

    public static List<String> headers(MessageSource messages, Locale locale) {
        return java.util.Arrays.stream(values()).map(c -> c.header(messages, locale)).toList();
    }

    static InspectorColumns ofField(String field) {
        for (InspectorColumns c : values()) {
            if (c.field.equals(field)) {
                return c;
            }
        }
        return ID;
    }
}
