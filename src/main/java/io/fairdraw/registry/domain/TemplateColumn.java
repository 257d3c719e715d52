package io.fairdraw.registry.domain;

import java.util.Locale;

/**
 * The entity import template (DESIGN.md §5), in order. The header text is the zh-CN label
 * {@code registry.column.<key>} (the contract's Chinese header); the English label is accepted too.
 */
public enum TemplateColumn {
    USCC(true, 18), NAME(true, 200), ENTITY_TYPE(true, 50), FIELD(true, 0), UNIT(true, 32),
    ADDRESS(false, 200), LEGAL_REP(false, 50), LICENSE_NO(false, 100), STATUS(true, 0), RISK_CLASS(false, 0);

    private final boolean required;
    private final int maxLength;

    TemplateColumn(boolean required, int maxLength) {
        this.required = required;
        this.maxLength = maxLength;
    }

    public boolean required() {
        return required;
    }

    /** Longest accepted text; 0 for enumerations. */
    public int maxLength() {
        return maxLength;
    }

    public String messageKey() {
        return "registry.column." + name().toLowerCase(Locale.ROOT);
    }
}
