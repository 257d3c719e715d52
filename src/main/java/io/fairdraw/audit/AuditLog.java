package io.fairdraw.audit;

/**
 * The trail every module writes to. {@link #record} joins the caller's transaction, so an entry
 * exists exactly when the change it describes was committed (全程留痕，责任可追溯).
 */
public interface AuditLog {

    /** Appends the event to the hash chain and returns its sequence number. */
    long record(AuditEvent event);

    /** Number of entries, for dashboards. */
    long size();
}
