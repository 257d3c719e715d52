package io.fairdraw.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.audit.domain.AuditRow;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Issue 21 item 2: the audit log reads in Chinese; the stored entry is shown unchanged beside it. */
class AuditLinesTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private final AuditLines lines = new AuditLines(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    private static AuditRow row(String action, String type, String id, String summary) {
        return new AuditRow(7, Instant.EPOCH, "reviewer.d01", "D01", action, type, id, summary, "127.0.0.1", "00", "ab");
    }

    @Test
    @DisplayName("操作、对象和摘要经资源包显示：公示检查结果 / 检查记录 #5（带链接）")
    void actionObjectAndLink() {
        AuditLine l = lines.of(row("RESULT_PUBLISHED", "inspection_record", "5", "D01 巡查 91650100MA78N0XX3Q"), ZH);
        assertThat(l.action()).isEqualTo("公示检查结果");
        assertThat(l.object()).isEqualTo("检查记录 #5");
        assertThat(l.href()).isEqualTo("/inspection/records/5/sheet");
        assertThat(l.summary()).isEqualTo("D01 巡查 91650100MA78N0XX3Q");
        assertThat(l.translated()).isFalse();
        assertThat(l.row().summary()).as("the stored bytes").isEqualTo("D01 巡查 91650100MA78N0XX3Q");
    }

    @Test
    @DisplayName("摘要中的状态代码和英文词翻译为中文，账户名、编号和哈希原样保留")
    void summaryWordsAndCodes() {
        assertThat(lines.summary("SUBMITTED -> DRAFT: 材料不全", ZH)).isEqualTo("已提交 → 草稿: 材料不全");
        assertThat(lines.summary("C -> D rule CORRECTED credit record 12", ZH))
                .isEqualTo("C → D 规则 发现问题已责令改正 信用 记录 12");
        assertThat(lines.summary("request 3 by planner.d01: sha256=ab12", ZH)).isEqualTo("申请 3 由 planner.d01: SHA-256=ab12");
        AuditLine l = lines.of(row("PLAN_SUBMITTED", "plan", "9", "DRAFT -> SUBMITTED"), ZH);
        assertThat(l.translated()).isTrue();
        assertThat(l.row().summary()).isEqualTo("DRAFT -> SUBMITTED");
    }

    @Test
    @DisplayName("没有页面的对象不带链接；未知代码原样显示")
    void noPageNoLink() {
        AuditLine l = lines.of(row("NO_SUCH_ACTION", "reminder", "2026-01-05", ""), ZH);
        assertThat(l.href()).isNull();
        assertThat(l.action()).isEqualTo("NO_SUCH_ACTION");
        assertThat(l.object()).isEqualTo("提醒 2026-01-05");
        assertThat(lines.of(row("LOGIN_FAILED", "account", "-", "unknown account"), ZH).object()).isEqualTo("账户");
        assertThat(AuditLines.href("draw", "../x y")).isNull();
    }
}
