package io.fairdraw.system.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means "the database cannot be reached" (down, restarting, connections cut),
 * as opposed to a bug or a rule: such a request is answered 503 with a clear message, and nothing
 * it tried to write was committed, so the client may retry (see {@code DatabaseUnavailableFilter}).
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // A failed statement followed by a failed rollback: Spring throws the rollback's exception
            // and keeps the statement's (usually the telling one) as the application exception.
            if (t instanceof TransactionSystemException tx && tx.getApplicationException() != null
                    && tx.getApplicationException() != e && causedBy(tx.getApplicationException())) {
                return true;
            }
            // HikariCP replaces a connection it found broken by a closed stand-in whose every call
            // throws this SQLException without an SQLSTATE (HikariCP 7, ProxyConnection.ClosedConnection):
            // seen as a rollback failure right after the database went away (FaultIT).
            if (t instanceof SQLException sql && sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage())) {
                return true;
            }
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException) {
                return true;
            }
            // SQLSTATE class 08 (connection exception), 57P01-57P03 (server shutting down or starting).
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
