package io.fairdraw.audit;

/**
 * The trail every module writes to. {@link #record} joins the caller's transaction, so an entry
 * exists exactly when the change it describes was committed (全程留痕，责任可追溯). It is chained
 * (given its sequence number) right after that commit, before the commit returns to the caller
 * (docs/transparency-log.md, "Appending").
 */
public interface AuditLog {

    /**
     * Appends the event to the hash chain. Returns its sequence number when called without a
     * transaction; inside one, 0 (the number is assigned when the transaction commits).
     */
    long record(AuditEvent event);

    /** Number of entries, for dashboards. */
    long size();
}
