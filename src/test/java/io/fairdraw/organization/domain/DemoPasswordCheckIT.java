package io.fairdraw.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.organization.OrganizationSetup;
import io.fairdraw.organization.Role;
import io.fairdraw.support.AppIT;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** issue 18 §8: the production start's check for the demo password and the demo accounts. */
@AppIT
class DemoPasswordCheckIT {

    @Autowired
    DemoPasswordCheck check;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("仍有账户使用演示密码时拒绝以 prod 启动，并说明是哪些账户；演示账户存在时给出警告")
    void refusesDemoPasswords() {
        DemoPasswordCheck.Result r = check.check();
        assertThat(r.withDemoPassword()).contains("admin", "planner.d01");
        assertThat(r.demoAccounts()).contains("admin", "auditor", "liaison.d01");
        assertThatThrownBy(() -> DemoPasswordCheck.enforce(r)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo password").hasMessageContaining("planner.d01");
        // Demo accounts whose passwords were all changed: only the warning, the start goes on.
        DemoPasswordCheck.enforce(new DemoPasswordCheck.Result(List.of(), r.demoAccounts()));
    }

    @Test
    @DisplayName("未记录过的账户（早于该列）用 bcrypt 核对一次并记下结果")
    void accountsFromBeforeAreCheckedOnce() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        String demo = "old-" + UUID.randomUUID().toString().substring(0, 8);
        String other = "old-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.seed(demo, "旧账户", "D01", Set.of(Role.PLANNER), OrganizationSetup.DEMO_PASSWORD);
        accounts.seed(other, "旧账户", "D01", Set.of(Role.PLANNER), "Other#Pass2026");
        jdbc.sql("UPDATE org_account SET demo_password = NULL WHERE username IN (?, ?)").params(demo, other).update();
        DemoPasswordCheck.Result r = check.check();
        assertThat(r.withDemoPassword()).contains(demo).doesNotContain(other);
        assertThat(jdbc.sql("SELECT demo_password FROM org_account WHERE username = ?").param(other)
                .query(Boolean.class).single()).isFalse();
        // Once its password is changed the account no longer counts.
        long id = jdbc.sql("SELECT id FROM org_account WHERE username = ?").param(demo).query(Long.class).single();
        accounts.resetPassword(id, "Fresh#Pass2027");
        assertThat(check.check().withDemoPassword()).doesNotContain(demo);
    }
}
