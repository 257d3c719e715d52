package io.fairdraw.registry.domain;

import io.fairdraw.registry.EntityStatus;
import io.fairdraw.shared.SupervisionField;
import io.fairdraw.registry.RiskClass;
import io.fairdraw.registry.engine.CodeSet;
import io.fairdraw.shared.InvalidCreditCodeException;
import io.fairdraw.shared.UnifiedSocialCreditCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks one data row against the template rules (DESIGN.md §5): code format and check digit,
 * required cells, lengths, enumerations, unit exists and is writable by the caller, code not
 * already seen in the file. A valid row is appended to the COPY buffer in canonical form.
 */
final class RowValidator {

    private final ImportLabels labels;
    private final int[] index;
    private final Set<String> knownUnits;
    private final Predicate<String> canWrite;
    private final String ownUnit;
    private final CodeSet seen = CodeSet.engine();
    private final String[] value = new String[TemplateColumn.values().length];
    /** The choices quoted by an enumeration error, built once: per row they cost more than the rest of the check. */
    private final String fieldChoices;
    private final String statusChoices;
    private List<String> columns;
    private List<String> messages;

    RowValidator(ImportLabels labels, int[] index, Set<String> knownUnits, Predicate<String> canWrite, String ownUnit) {
        this.labels = labels;
        this.index = index;
        this.knownUnits = knownUnits;
        this.canWrite = canWrite;
        this.ownUnit = ownUnit;
        this.fieldChoices = labels.fieldChoices();
        this.statusChoices = labels.statusChoices();
    }

    /**
     * Maps template columns to file columns by header text, in any order; unknown columns are
     * ignored. Missing or repeated template columns refuse the file (400).
     */
    static int[] mapHeader(SourceRow header, ImportLabels labels) {
        int[] index = new int[TemplateColumn.values().length];
        java.util.Arrays.fill(index, -1);
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.width(); i++) {
            TemplateColumn c = labels.column(header.get(i));
            if (c != null) {
                if (index[c.ordinal()] >= 0) {
                    repeated.add(labels.header(c));
                }
                index[c.ordinal()] = i;
            }
        }
        if (!repeated.isEmpty()) {
            throw new BadFileException("registry.import.repeated_columns", String.join(", ", repeated));
        }
        List<String> missing = new ArrayList<>();
        for (TemplateColumn c : TemplateColumn.values()) {
            if (index[c.ordinal()] < 0) {
                missing.add(labels.header(c));
            }
        }
        if (!missing.isEmpty()) {
            throw new BadFileException("registry.import.missing_columns", String.join(", ", missing),
                    String.join(", ", labels.headers()));
        }
        return index;
    }

    /**
     * Null when the row is valid (its canonical values are then in {@code out}: code, name, type,
     * field, unit, address, legal representative, licence, status, risk class or null); otherwise
     * the rejected row with its problems.
     */
    RejectedRow validate(SourceRow row, String[] out) {
        columns = null;
        messages = null;
        for (TemplateColumn c : TemplateColumn.values()) {
            value[c.ordinal()] = ImportLabels.clean(row.get(index[c.ordinal()]));
        }
        String code = code(row.number);
        for (TemplateColumn c : TemplateColumn.values()) {
            String v = value[c.ordinal()];
            if (c == TemplateColumn.USCC) {
                continue;
            }
            if (v.isEmpty()) {
                if (c.required()) {
                    error(c, "registry.import.required", labels.header(c));
                }
            } else if (c.maxLength() > 0 && v.length() > c.maxLength()
                    && v.codePointCount(0, v.length()) > c.maxLength()) {
                error(c, "registry.import.too_long", labels.header(c), c.maxLength(), v.codePointCount(0, v.length()));
            }
        }
        SupervisionField field = enumValue(TemplateColumn.FIELD, labels::field, "registry.import.bad_field", fieldChoices);
        EntityStatus status = enumValue(TemplateColumn.STATUS, labels::status, "registry.import.bad_status", statusChoices);
        RiskClass risk = risk();
        String unit = value[TemplateColumn.UNIT.ordinal()];
        if (!unit.isEmpty()) {
            if (!knownUnits.contains(unit)) {
                error(TemplateColumn.UNIT, "registry.import.unknown_unit", unit);
            } else if (!canWrite.test(unit)) {
                error(TemplateColumn.UNIT, "registry.import.unit_out_of_scope", unit, ownUnit == null ? "" : ownUnit);
            }
        }
        if (columns != null) {
            return new RejectedRow(row.number, columns, messages, originals(row));
        }
        out[0] = code;
        out[1] = value[TemplateColumn.NAME.ordinal()];
        out[2] = value[TemplateColumn.ENTITY_TYPE.ordinal()];
        out[3] = field.name();
        out[4] = unit;
        out[5] = value[TemplateColumn.ADDRESS.ordinal()];
        out[6] = value[TemplateColumn.LEGAL_REP.ordinal()];
        out[7] = value[TemplateColumn.LICENSE_NO.ordinal()];
        out[8] = status.name();
        out[9] = risk == null ? null : risk.name();
        return null;
    }

    /** The canonical code, registered as seen; null (with an error) when invalid or repeated. */
    private String code(int rowNumber) {
        String text = value[TemplateColumn.USCC.ordinal()];
        UnifiedSocialCreditCode code;
        try {
            code = UnifiedSocialCreditCode.of(text);
        } catch (InvalidCreditCodeException e) {
            error(TemplateColumn.USCC, e.messageKey(), e.position().isPresent() ? e.position().getAsInt() : "");
            return null;
        }
        int first = seen.addOrGetFirstRow(code.value(), rowNumber);
        if (first != 0) {
            error(TemplateColumn.USCC, "registry.import.duplicate", code.value(), first);
            return null;
        }
        return code.value();
    }

    private <E> E enumValue(TemplateColumn c, java.util.function.Function<String, E> parse, String key, String choices) {
        String v = value[c.ordinal()];
        if (v.isEmpty()) {
            return null;
        }
        E e = parse.apply(v);
        if (e == null) {
            error(c, key, v, choices);
        }
        return e;
    }

    private RiskClass risk() {
        String v = value[TemplateColumn.RISK_CLASS.ordinal()];
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() == 1) {
            char ch = Character.toUpperCase(v.charAt(0));
            if (ch >= 'A' && ch <= 'D') {
                return RiskClass.valueOf(String.valueOf(ch));
            }
        }
        error(TemplateColumn.RISK_CLASS, "registry.import.bad_risk", v);
        return null;
    }

    private void error(TemplateColumn c, String key, Object... args) {
        if (columns == null) {
            columns = new ArrayList<>(2);
            messages = new ArrayList<>(2);
        }
        columns.add(labels.header(c));
        messages.add(labels.message(key, args));
    }

    /** The cells exactly as in the file, in template order. */
    private List<String> originals(SourceRow row) {
        List<String> out = new ArrayList<>(index.length);
        for (int i : index) {
            out.add(row.get(i));
        }
        return out;
    }
}
