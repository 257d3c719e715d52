package io.fairdraw.registry.domain;

import io.fairdraw.registry.EntityStatus;
import io.fairdraw.shared.SupervisionField;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * The texts of the import contract, from the message bundles: the Chinese template headers
 * (also the {@code column} of every error, DESIGN.md §5) and the enumeration labels. The import
 * accepts the zh-CN label, the English label and the enum name, trimmed, case-insensitive.
 */
final class ImportLabels {

    static final Locale CONTRACT = Locale.SIMPLIFIED_CHINESE;

    private final Map<TemplateColumn, String> headers = new EnumMap<>(TemplateColumn.class);
    private final Map<String, TemplateColumn> headerLookup = new HashMap<>();
    private final Map<String, SupervisionField> fields = new HashMap<>();
    private final Map<String, EntityStatus> statuses = new HashMap<>();
    private final MessageSource messages;
    private final Locale locale;

    ImportLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        for (TemplateColumn c : TemplateColumn.values()) {
            headers.put(c, messages.getMessage(c.messageKey(), null, CONTRACT));
            headerLookup.put(key(headers.get(c)), c);
            headerLookup.put(key(messages.getMessage(c.messageKey(), null, Locale.ENGLISH)), c);
            headerLookup.put(key(c.name()), c);
        }
        for (SupervisionField f : SupervisionField.values()) {
            register(fields, "field." + f.name(), f.name(), f);
        }
        for (EntityStatus s : EntityStatus.values()) {
            register(statuses, "registry.status." + s.name(), s.name(), s);
        }
    }

    private <E> void register(Map<String, E> map, String key, String name, E value) {
        map.put(key(messages.getMessage(key, null, CONTRACT)), value);
        map.put(key(messages.getMessage(key, null, Locale.ENGLISH)), value);
        map.put(key(name), value);
    }

    /** Header as written in files: surrounding blanks (incl. U+3000 and a BOM) ignored. */
    static String key(String text) {
        return clean(text).toLowerCase(Locale.ROOT);
    }

    static String clean(String text) {
        String s = text == null ? "" : text.replace("\uFEFF", "");
        return s.strip();
    }

    String header(TemplateColumn c) {
        return headers.get(c);
    }

    List<String> headers() {
        return Arrays.stream(TemplateColumn.values()).map(headers::get).toList();
    }

    TemplateColumn column(String headerText) {
        return headerLookup.get(key(headerText));
    }

    SupervisionField field(String text) {
        return fields.get(key(text));
    }

    EntityStatus status(String text) {
        return statuses.get(key(text));
    }

    String label(String key) {
        return messages.getMessage(key, null, CONTRACT);
    }

    /** A user-facing message in the caller's language. */
    String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String fieldChoices() {
        return Arrays.stream(SupervisionField.values()).map(f -> label("field." + f.name()))
                .collect(Collectors.joining(message("registry.list_separator")));
    }

    String statusChoices() {
        return Arrays.stream(EntityStatus.values()).map(s -> label("registry.status." + s.name()))
                .collect(Collectors.joining(message("registry.list_separator")));
    }
}
