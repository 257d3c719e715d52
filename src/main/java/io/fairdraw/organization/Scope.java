package io.fairdraw.organization;

import java.util.Set;

/**
 * What the current actor may see and change, by unit (DESIGN.md §2): its own unit's data;
 * the bureau's offices read every unit of the bureau; AUDITOR (and ADMIN for organisation data)
 * reads everything. Writes are limited to the actor's own unit. Every module asks this one
 * object instead of writing its own checks.
 */
public record Scope(String unitCode, boolean readsAll, Set<String> readable) {

    public boolean canRead(String code) {
        return readsAll || readable.contains(code);
    }

    public boolean canWrite(String code) {
        return unitCode != null && unitCode.equals(code);
    }

    /** Throws {@link OutOfScopeException} (shown as 404: existence is not revealed). */
    public void requireRead(String code) {
        if (!canRead(code)) {
            throw new OutOfScopeException(code, false);
        }
    }

    /** Throws {@link OutOfScopeException} (403 when the unit is readable, else 404). */
    public void requireWrite(String code) {
        if (!canWrite(code)) {
            throw new OutOfScopeException(code, canRead(code));
        }
    }

    /** Units to put in a SQL {@code unit_code = ANY(?)} filter; null when every unit is readable. */
    public String[] readableArrayOrNull() {
        return readsAll ? null : readable.toArray(String[]::new);
    }
}
