package io.fairdraw.inspector.domain;

import io.fairdraw.inspector.InspectorStatus;
import io.fairdraw.shared.SupervisionField;
import io.fairdraw.shared.UserError;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.fairdraw.spreadsheet.SheetRow;
import org.springframework.context.MessageSource;

/** Reads the cells of an import row: texts, dates (Excel dates or typed), and labels in either language. */
final class ImportCells {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.BASIC_ISO_DATE);
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final MessageSource messages;
    private final Map<String, SupervisionField> fields = new HashMap<>();
    private final Map<String, InspectorStatus> statuses = new HashMap<>();
    private final Map<String, Boolean> yesNo = new HashMap<>();

    ImportCells(MessageSource messages) {
        this.messages = messages;
        for (Locale l : LANGUAGES) {
            for (SupervisionField f : SupervisionField.values()) {
                fields.put(norm(messages.getMessage(f.messageKey(), null, l)), f);
                fields.put(norm(f.name()), f);
            }
            for (InspectorStatus s : InspectorStatus.values()) {
                statuses.put(norm(messages.getMessage("inspector.status." + s, null, l)), s);
                statuses.put(norm(s.name()), s);
            }
            yesNo.put(norm(messages.getMessage("common.yes", null, l)), true);
            yesNo.put(norm(messages.getMessage("common.no", null, l)), false);
        }
        for (String y : List.of("y", "yes", "true", "1")) {
            yesNo.put(y, true);
        }
        for (String n : List.of("", "n", "no", "false", "0")) {
            yesNo.put(n, false);
        }
    }

    Optional<Integer> find(SheetRow header, InspectorColumns column) {
        for (int i = 0; i < header.width(); i++) {
            String h = norm(text(header, i));
            for (Locale l : LANGUAGES) {
                if (h.equals(norm(column.header(messages, l)))) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    boolean blank(SheetRow r) {
        for (int i = 0; i < r.width(); i++) {
            if (!text(r, i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The row as a draft; cells that cannot be read add a problem and leave the value empty. */
    InspectorDraft draft(SheetRow r, Map<InspectorColumns, Integer> at, List<UserError> problems) {
        LocalDate expiry = date(r, at.get(InspectorColumns.CERTIFICATE_EXPIRY), problems);
        Set<SupervisionField> specialties = EnumSet.noneOf(SupervisionField.class);
        for (String part : text(r, at.get(InspectorColumns.SPECIALTIES)).split("[、,，;；/|\\s]+")) {
            if (!part.isEmpty()) {
                SupervisionField f = fields.get(norm(part));
                if (f == null) {
                    problems.add(new UserError("specialties", "inspector.import.field_unknown", part));
                } else {
                    specialties.add(f);
                }
            }
        }
        String statusText = text(r, at.get(InspectorColumns.STATUS));
        InspectorStatus status = statuses.get(norm(statusText));
        if (status == null && !statusText.isEmpty()) {
            problems.add(new UserError("status", "inspector.import.status_unknown", statusText));
        }
        String joint = text(r, at.get(InspectorColumns.JOINT_POOL));
        Boolean jointPool = yesNo.get(norm(joint));
        if (jointPool == null) {
            problems.add(new UserError("jointPool", "inspector.import.yes_no", joint));
        }
        return new InspectorDraft(text(r, at.get(InspectorColumns.ID)), text(r, at.get(InspectorColumns.NAME)),
                text(r, at.get(InspectorColumns.UNIT)), text(r, at.get(InspectorColumns.CERTIFICATE_NO)), expiry,
                specialties, status, Boolean.TRUE.equals(jointPool), text(r, at.get(InspectorColumns.PHONE)),
                text(r, at.get(InspectorColumns.ID_NUMBER)));
    }

    private LocalDate date(SheetRow r, int i, List<UserError> problems) {
        if (r.isNumber(i)) {
            // An Excel date: days since 1899-12-30 (the 1900 date system, as Excel writes it).
            try {
                double serial = Double.parseDouble(r.text(i));
                if (serial >= 1 && serial < 2_958_466) {
                    return EXCEL_EPOCH.plusDays((long) Math.floor(serial));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(new UserError("certificateExpiry", "inspector.import.date_invalid", text(r, i)));
            return null;
        }
        String t = text(r, i);
        if (t.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        problems.add(new UserError("certificateExpiry", "inspector.import.date_invalid", t));
        return null;
    }

    static String text(SheetRow r, int i) {
        String t = r.text(i).strip();
        if (r.isNumber(i) && !t.isEmpty()) {
            try {
                java.math.BigDecimal d = new java.math.BigDecimal(t).stripTrailingZeros();
                return Math.abs(d.scale()) > 64 ? t : d.toPlainString();
            } catch (NumberFormatException | ArithmeticException e) {
                return t;
            }
        }
        return t;
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
