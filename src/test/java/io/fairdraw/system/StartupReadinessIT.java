package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.FreshDemoApp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Ready before it answers (issue 21 §9): the packaged application, started as an operator starts it
 * on a fresh database ({@link FreshDemoApp}), is asked for /login as fast as it will answer; the first
 * time it answers 200, a demo login follows at once and must succeed. Before that it may refuse the
 * connection or answer 503 (系统正在启动), never a login page backed by an account table still being seeded.
 */
class StartupReadinessIT {

    @Test
    @DisplayName("/login 一答 200 就登录：必须成功（启动完成前答 503 系统正在启动）")
    void loginSucceedsTheMomentTheLoginPageAnswers() {
        FreshDemoApp.Readiness seen = FreshDemoApp.get().readiness();
        assertThat(seen.unexpected()).as("before ready, only 503 系统正在启动 with Retry-After").isEmpty();
        assertThat(seen.loginStatus()).as("503s seen before: %s", seen.starting()).isEqualTo(302);
        assertThat(seen.loginLocation()).doesNotContain("error");
    }
}
