package io.fairdraw.organization;

/** A request touched another unit's data. Readable-but-not-writable gives 403, else 404. */
public class OutOfScopeException extends RuntimeException {

    private final String unitCode;
    private final boolean visible;

    public OutOfScopeException(String unitCode, boolean visible) {
        super("out of scope: " + unitCode);
        this.unitCode = unitCode;
        this.visible = visible;
    }

    public String unitCode() {
        return unitCode;
    }

    public boolean visible() {
        return visible;
    }
}
