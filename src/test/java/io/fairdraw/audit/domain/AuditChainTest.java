package io.fairdraw.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static AuditRow row(String summary) {
        return new AuditRow(7, Instant.parse("2026-03-01T02:03:04.123456Z"), "admin", "BT-DC", "X", "unit", "D01",
                summary, "127.0.0.1", AuditChain.GENESIS, "");
    }

    @Test
    @DisplayName("规范文本：字段以 TAB 分隔，转义换行与 TAB，时间为 UTC 六位小数")
    void canonical() {
        assertThat(AuditChain.canonical(row("a\tb\nc\\d")))
                .isEqualTo("7\t2026-03-01T02:03:04.123456Z\tadmin\tBT-DC\tX\tunit\tD01\ta\\tb\\nc\\\\d\t127.0.0.1");
    }

    @Test
    @DisplayName("哈希依赖前一条哈希与每个字段")
    void hashChains() {
        String h1 = AuditChain.hash(AuditChain.GENESIS, AuditChain.canonical(row("x")));
        assertThat(h1).hasSize(64).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, AuditChain.canonical(row("y"))));
        assertThat(AuditChain.hash(h1, AuditChain.canonical(row("x")))).isNotEqualTo(h1);
        // escaping keeps field boundaries: a TAB inside a field is not a separator
        assertThat(AuditChain.canonical(row("a\tb"))).isNotEqualTo(AuditChain.canonical(row("a")) + "\tb");
    }
}
