package io.fairdraw.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The bcrypt cost is configuration (SecurityConfiguration): 10 by default, never below 10 in production. */
class PasswordCostTest {

    private final SecurityConfiguration config = new SecurityConfiguration();

    @Test
    @DisplayName("bcrypt 成本可配置：哈希带所配成本；生产环境低于 10 拒绝启动")
    void theCostIsConfiguredAndProductionKeepsTen() {
        MockEnvironment demo = new MockEnvironment();
        assertThat(config.passwordEncoder(10, demo).encode("x")).startsWith("$2a$10$");
        assertThat(config.passwordEncoder(4, demo).encode("x")).startsWith("$2a$04$");
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThat(config.passwordEncoder(12, prod).encode("x")).startsWith("$2a$12$");
        assertThatThrownBy(() -> config.passwordEncoder(4, prod)).hasMessageContaining("bcrypt-strength");
    }
}
