package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The page walker's checker (issue 21, acceptance 2) fails on what it must and passes what it may. */
class ChineseTextTest {

    @Test
    @DisplayName("英文单词和 UPPER_SNAKE 代码被发现；脚本、样式和属性不算可见文字")
    void findsEnglishAndCodes() {
        String html = "<html><head><title>审计日志</title><style>.a{color:red}</style></head><body>"
                + "<h1 title=\"English title\">审计日志</h1><script>const hidden = 'Submit';</script>"
                + "<td>RESULT_PUBLISHED</td><td>inspection_record:5</td><p>请 Submit 表单</p><p>DUTY：参加督查</p></body></html>";
        String text = ChineseText.visible(html);
        assertThat(text).doesNotContain("English", "hidden", "color");
        assertThat(ChineseText.problems(text)).hasSize(4)
                .anyMatch(p -> p.startsWith("code 'RESULT_PUBLISHED'"))
                .anyMatch(p -> p.startsWith("English 'inspection_record:5'"))
                .anyMatch(p -> p.startsWith("English 'Submit'"))
                .anyMatch(p -> p.startsWith("code 'DUTY'"));
    }

    @Test
    @DisplayName("允许清单：缩写与编号（USCC、FD-DRAW-1、SHA-256、单位代码、账户名、哈希、抽取编号）")
    void passesAbbreviationsAndIdentifiers() {
        String text = "统一社会信用代码（USCC）91650100MA78N0XX3Q，协议 FD-DRAW-1，SHA-256 哈希 3f2a9c01d4e5b6a7，"
                + "单位 D01，抽取 2026-D01-T01-1，账户 planner.d01、demo:XJ-D01-005，导出 XLSX、CSV，风险分类 B 类，"
                + "检查人员 XJ-D01-005，事项 ZRZY-TD-001，第 v3 版，见 /public/log/proof/inclusion?seq=N。";
        assertThat(ChineseText.problems(text)).isEmpty();
    }
}
