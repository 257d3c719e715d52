package io.fairdraw.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.shared.UserError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Short#1,password.too_short", "alllowercase123,password.too_simple", "ALLUPPER!!!!,password.too_simple",
            "Planner.d01#Xy,password.contains_username"})
    @DisplayName("密码规则")
    void passwordPolicyRejects(String password, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check("p", "planner.d01", password))
                .isInstanceOf(UserError.class).extracting("messageKey").isEqualTo(key);
    }

    @Test
    @DisplayName("演示密码不能设为任何账户的新密码（issue 18 §8）")
    void demoPasswordRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("p", "admin", io.fairdraw.organization.OrganizationSetup.DEMO_PASSWORD))
                .isInstanceOf(UserError.class).extracting("messageKey").isEqualTo("password.demo");
    }

    @Test
    @DisplayName("符合规则的密码通过")
    void passwordPolicyAccepts() {
        PasswordPolicy.check("p", "admin", "Fairdraw@2027");
        PasswordPolicy.check("p", "admin", "lower-digits-123");
    }
}
