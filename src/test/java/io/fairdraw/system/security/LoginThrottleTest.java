package io.fairdraw.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** issue 18 §6: the throttle's rules and that every refusal ends with its window (never a permanent lock). */
class LoginThrottleTest {

    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-07T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovingClock clock = new MovingClock();
    final LoginThrottle throttle = new LoginThrottle(clock, Duration.ofMinutes(15), 50, 20, 5);

    @Test
    @DisplayName("账户+IP：第 5 次失败后该 IP 对该账户被拒绝，窗口结束后自动恢复；其他 IP 与成功登录不受影响")
    void accountAndIp() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("planner.d01", "10.0.0.1");
        }
        assertThat(throttle.refused("planner.d01", "10.0.0.1")).isFalse();
        throttle.failed("planner.d01", "10.0.0.1");
        assertThat(throttle.refused("planner.d01", "10.0.0.1")).isTrue();
        assertThat(throttle.refused("PLANNER.D01 ", "10.0.0.1")).as("the same account however typed").isTrue();
        assertThat(throttle.refused("planner.d01", "10.0.0.2")).isFalse();
        assertThat(throttle.refused("planner.d02", "10.0.0.1")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(throttle.refused("planner.d01", "10.0.0.1")).as("no permanent lock: the window ends").isFalse();
    }

    @Test
    @DisplayName("每个 IP：累计失败达到上限后拒绝该 IP 的所有账户")
    void perIp() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("name-" + i, "10.0.0.3");
        }
        assertThat(throttle.refused("admin", "10.0.0.3")).isTrue();
        assertThat(throttle.refused("admin", "10.0.0.4")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(throttle.refused("admin", "10.0.0.3")).isFalse();
    }

    @Test
    @DisplayName("每个账户：分散在多个 IP 的失败达到上限后，只拒绝失败过的 IP；成功登录清除该 IP 的计数")
    void perAccountAcrossAddresses() {
        for (int ip = 0; ip < 5; ip++) {
            for (int i = 0; i < 4; i++) {
                throttle.failed("auditor", "10.1.0." + ip);
            }
        }
        assertThat(throttle.refused("auditor", "10.1.0.0")).isTrue();
        assertThat(throttle.refused("auditor", "10.9.9.9")).as("the owner's fresh address").isFalse();
        throttle.succeeded("auditor", "10.1.0.1");
        assertThat(throttle.refused("auditor", "10.1.0.1")).isFalse();
    }
}
