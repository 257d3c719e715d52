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
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.context.MessageSource;

/** Reads the cells of an import row: texts, dates (Excel dates or typed), and labels in either language. */
final class ImportCells {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.BASIC_ISO_DATE);
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

    Optional<Integer> find(Row header, InspectorColumns column) {
        for (int i = 0; i < header.getCellCount(); i++) {
            String h = norm(text(header, i));
            for (Locale l : LANGUAGES) {
                if (h.equals(norm(column.header(messages, l)))) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    boolean blank(Row r) {
        for (int i = 0; i < r.getCellCount(); i++) {
            if (!text(r, i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The row as a draft; cells that cannot be read add a problem and leave the value empty. */
    InspectorDraft draft(Row r, Map<InspectorColumns, Integer> at, List<UserError> problems) {
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

    private LocalDate date(Row r, int i, List<UserError> problems) {
        Optional<Cell> cell = r.getOptionalCell(i);
        if (cell.isPresent() && cell.get().getType() == CellType.NUMBER) {
            try {
                return cell.get().asDate().toLocalDate();
            } catch (RuntimeException e) {
                problems.add(new UserError("certificateExpiry", "inspector.import.date_invalid", text(r, i)));
                return null;
            }
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

    static String text(Row r, int i) {
        return r.getOptionalCell(i).map(c -> c.getType() == CellType.NUMBER
                ? c.asNumber().stripTrailingZeros().toPlainString() : c.getText()).orElse("").strip();
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
