package io.fairdraw.system.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailableTest {

    @Test
    @DisplayName("连接类故障（含回滚失败掩盖原异常、连接池关闭的连接）识别为数据库不可用；其他错误不是")
    void classifies() {
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new ConnectException("refused")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("shutting down", "57P01"))).isTrue();

        // What a Basic login saw right after the database stopped (FaultIT): the account query failed,
        // then the rollback on HikariCP's closed stand-in failed and replaced it.
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        assertThat(DatabaseUnavailable.causedBy(new InternalAuthenticationServiceException("x", rollback))).isTrue();
        TransactionSystemException masked = new TransactionSystemException("JDBC rollback failed",
                new SQLException("some other failure"));
        masked.initApplicationException(new DataAccessResourceFailureException("query", new SQLException("io", "08006")));
        assertThat(DatabaseUnavailable.causedBy(new InternalAuthenticationServiceException("x", masked))).isTrue();

        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("dup",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new TransactionSystemException("commit failed",
                new SQLException("serialization", "40001")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection is closed", "XX000"))).isFalse();
    }
}
