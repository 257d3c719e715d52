package io.fairdraw.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** Issue 21 item 2：操作人显示姓名；system、demo:编号 显示为资源包中的标签，不显示登录名或内部代码。 */
class PersonLabelsTest {

    static StaticMessageSource bundle(String file, Locale locale) throws IOException {
        Properties p = new Properties();
        try (var in = PersonLabelsTest.class.getResourceAsStream("/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        StaticMessageSource m = new StaticMessageSource();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("people."))
                .forEach(k -> m.addMessage(k, locale, p.getProperty(k)));
        return m;
    }

    final Map<String, String> accounts = Map.of("reviewer.d01", "王审核", "inspector.d01b", "李检查");
    final Map<String, String> inspectors = Map.of("XJ-D01-005", "赵执法");

    @Test
    @DisplayName("账号显示姓名；系统显示“系统”；演示数据显示检查人员姓名和编号并注明演示数据；未知账号和空值不丢失")
    void labelsInChinese() throws IOException {
        StaticMessageSource zh = bundle("messages.properties", Locale.SIMPLIFIED_CHINESE);
        Locale l = Locale.SIMPLIFIED_CHINESE;
        assertThat(PersonLabels.label("reviewer.d01", accounts, inspectors, zh, l)).isEqualTo("王审核");
        assertThat(PersonLabels.label("inspector.d01b", accounts, inspectors, zh, l)).isEqualTo("李检查");
        assertThat(PersonLabels.label("system", accounts, inspectors, zh, l)).isEqualTo("系统");
        assertThat(PersonLabels.label("demo:XJ-D01-005", accounts, inspectors, zh, l)).isEqualTo("赵执法 XJ-D01-005（演示数据）");
        assertThat(PersonLabels.label("demo:XJ-D09-001", accounts, inspectors, zh, l)).isEqualTo("XJ-D09-001（演示数据）");
        assertThat(PersonLabels.label("gone.account", accounts, inspectors, zh, l)).isEqualTo("gone.account");
        assertThat(PersonLabels.label(null, accounts, inspectors, zh, l)).isEqualTo("-");
        assertThat(PersonLabels.label(" ", accounts, inspectors, zh, l)).isEqualTo("-");
    }

    @Test
    @DisplayName("英文界面用英文标签")
    void labelsInEnglish() throws IOException {
        StaticMessageSource en = bundle("messages_en.properties", Locale.ENGLISH);
        assertThat(PersonLabels.label("system", accounts, inspectors, en, Locale.ENGLISH)).isEqualTo("System");
        assertThat(PersonLabels.label("demo:XJ-D01-005", accounts, inspectors, en, Locale.ENGLISH))
                .isEqualTo("赵执法 XJ-D01-005 (demo data)");
    }

    @Test
    @DisplayName("一页的操作人分成账号和演示检查人员两批查询，伪操作人不作为账号查询")
    void splitsActorsForTheBatchedQueries() {
        List<String> actors = java.util.Arrays.asList("reviewer.d01", "system", "demo:XJ-D01-005", null, "", "demo:",
                "reviewer.d01", "planner.d01");
        assertThat(PersonLabels.accounts(actors)).containsExactly("reviewer.d01", "planner.d01");
        assertThat(PersonLabels.demoInspectors(actors)).containsExactly("XJ-D01-005");
    }

    @Test
    @DisplayName("模板传入的嵌套列表（请求人、决定人）展平成一批，去掉空值和重复")
    void flattensNestedColumns() {
        assertThat(DisplayNames.strings(java.util.Arrays.asList(List.of("a", "b"), java.util.Arrays.asList("b", null), "c")))
                .containsExactly("a", "b", "c");
    }
}
