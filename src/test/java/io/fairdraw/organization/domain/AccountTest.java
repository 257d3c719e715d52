package io.fairdraw.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.organization.Role;
import io.fairdraw.shared.UserError;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

    private static Account fresh() {
        return new Account(1, "u", "U", "D01", Set.of(Role.PLANNER), true, 0, null);
    }

    @Test
    @DisplayName("第 5 次密码错误锁定 15 分钟；锁定期间不再计数；成功登录清零")
    void lockOut() {
        Account a = fresh();
        for (int i = 1; i <= 4; i++) {
            a = a.afterFailedLogin(NOW);
            assertThat(a.lockedAt(NOW)).isFalse();
            assertThat(a.failedAttempts()).isEqualTo(i);
        }
        a = a.afterFailedLogin(NOW);
        assertThat(a.lockedAt(NOW)).isTrue();
        assertThat(a.lockedUntil()).isEqualTo(NOW.plusSeconds(15 * 60));
        assertThat(a.afterFailedLogin(NOW.plusSeconds(60)).lockedUntil()).isEqualTo(a.lockedUntil());
        assertThat(a.lockedAt(NOW.plusSeconds(15 * 60 + 1))).isFalse();
        assertThat(a.afterSuccessfulLogin().failedAttempts()).isZero();
        assertThat(a.afterSuccessfulLogin().lockedUntil()).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Short#1,password.too_short", "alllowercase123,password.too_simple", "ALLUPPER!!!!,password.too_simple",
            "Planner.d01#Xy,password.contains_username"})
    @DisplayName("密码规则")
    void passwordPolicyRejects(String password, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check("p", "planner.d01", password))
                .isInstanceOf(UserError.class).extracting("messageKey").isEqualTo(key);
    }

    @Test
    @DisplayName("符合规则的密码通过")
    void passwordPolicyAccepts() {
        PasswordPolicy.check("p", "admin", "Fairdraw@2026");
        PasswordPolicy.check("p", "admin", "lower-digits-123");
    }
}
