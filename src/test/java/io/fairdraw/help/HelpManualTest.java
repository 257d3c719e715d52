package io.fairdraw.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 操作手册：每个角色一份；手册引用的每张截图都由浏览器测试截取，并有提交的副本。 */
class HelpManualTest {

    static final Path COMMITTED = Path.of("src/main/resources/static/help");

    @Test
    @DisplayName("六个角色各有一份手册，每份有标题、简介、章节和步骤")
    void everyRoleHasAManual() {
        Manuals manuals = new Manuals();
        assertThat(manuals.all()).extracting(Manual::role)
                .containsExactly("planner", "reviewer", "inspector", "liaison", "admin", "auditor");
        for (Manual m : manuals.all()) {
            assertThat(m.title()).as(m.role()).endsWith("操作手册");
            assertThat(m.intro()).as(m.role()).isNotBlank();
            assertThat(m.sections()).as(m.role()).isNotEmpty();
            assertThat(m.sections()).as(m.role()).allSatisfy(s -> assertThat(s.blocks()).isNotEmpty());
            assertThat(m.images()).as(m.role() + " has screenshots").isNotEmpty();
        }
    }

    @Test
    @DisplayName("手册引用的截图都由 HelpScreenshotsBrowserIT 截取，且都有提交的副本；截取的每张都有手册使用")
    void everyImageIsProducedByATest() {
        Set<String> referenced = new TreeSet<>();
        new Manuals().all().forEach(m -> referenced.addAll(m.images()));
        assertThat(HelpShots.files()).as("screenshots the browser test takes").containsAll(referenced);
        assertThat(referenced).as("every screenshot taken is shown by a manual").containsAll(HelpShots.files());
        assertThat(HelpShots.files()).as("no screenshot taken twice").doesNotHaveDuplicates();
        for (String image : referenced) {
            assertThat(COMMITTED.resolve(image)).as("committed copy (run HelpScreenshotsBrowserIT)").isRegularFile();
        }
    }

    @Test
    @DisplayName("手册格式：步骤成为编号列表，截图名只能是小写文件名，标题前不能有正文")
    void parsesTheLineFormat() {
        Manual m = ManualParser.parse("x", "# 标题\n> 简介\n## 一、节\n1. 第一步\n2. 第二步\n说明\n![图](a-b.png)\n");
        assertThat(m.sections()).hasSize(1);
        var blocks = m.sections().get(0).blocks();
        assertThat(blocks).extracting(Manual.Block::kind)
                .containsExactly(Manual.Block.Kind.STEPS, Manual.Block.Kind.NOTE, Manual.Block.Kind.FIGURE);
        assertThat(blocks.get(0).lines()).containsExactly("第一步", "第二步");
        assertThat(m.images()).containsExactly("a-b.png");
        for (String bad : List.of("![图](../secret.png)", "![图](x.svg)", "![图](A.png)")) {
            assertThatThrownBy(() -> ManualParser.parse("x", "# t\n## s\n" + bad)).hasMessageContaining("screenshot");
        }
        assertThatThrownBy(() -> ManualParser.parse("x", "# t\n正文\n")).hasMessageContaining("before the first section");
    }
}
