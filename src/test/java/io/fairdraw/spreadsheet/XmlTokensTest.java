package io.fairdraw.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class XmlTokensTest {

    static final XlsxLimits LIMITS = XlsxLimits.excel(1 << 30);

    @Test
    @DisplayName("工作表：命名空间前缀、属性顺序与引号、自闭合单元格、实体与字符引用、CDATA、注释、CRLF、行内字符串、拼音指南")
    void readsWhatSpreadsheetWritersWrite() throws Exception {
        String sheet = "\uFEFF<?xml version=\"1.0\"?><!-- by hand --><x:worksheet xmlns:x=\"urn:x\"><x:sheetData>"
                + "<x:row r=\"2\"><x:c t='s' r='B2'><x:v> 1 </x:v></x:c><x:c r=\"C2\" s=\"3\"/>"
                + "<x:c r=\"D2\" t=\"inlineStr\"><x:is><x:r><x:t>a&amp;b&lt;&#x4e2d;&#25991;</x:t></x:r>"
                + "<x:r><x:t xml:space=\"preserve\"> c\r\nd</x:t></x:r><x:rPh><x:t>ピン</x:t></x:rPh></x:is></x:c>"
                + "<x:c r=\"E2\" t=\"str\"><x:f>A1&amp;\"&gt;\"</x:f><x:v><![CDATA[x<y]]>&quot;</x:v></x:c>"
                + "<x:c><x:v>1.5E3</x:v></x:c></x:row>"
                + "<x:row><x:c r=\"A3\" t=\"s\"><x:v>0</x:v></x:c></x:row><x:row r=\"9\"/></x:sheetData></x:worksheet>";
        String sst = "<sst><si><t>零</t></si><si><r><t>一</t></r><r><t>二</t></r><rPh><t>x</t></rPh></si><si/></sst>";
        try (SharedStrings strings = SharedStrings.read(utf8(sst), LIMITS)) {
            assertThat(strings.size()).isEqualTo(3);
            assertThat(strings.get(1)).isEqualTo("一二");
            assertThat(strings.get(2)).isEmpty();
            List<String> rows = new ArrayList<>();
            XlsxReader source = XlsxReader.reading(strings, utf8(sheet), LIMITS);
            SheetRow row = new SheetRow();
            while (source.next(row)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.width(); i++) {
                    cells.add(row.text(i));
                }
                rows.add(row.number() + ":" + cells);
            }
            assertThat(rows).containsExactly("2:[, 一二, , a&b<中文 c\nd, x<y\", 1500]", "3:[零]", "9:[]");
        }
    }

    @Test
    @DisplayName("DOCTYPE、未定义实体、缺失的共享字符串序号：拒绝而不是猜测")
    void refusesWhatItCannotReadSafely() {
        assertThatThrownBy(() -> SharedStrings.read(utf8("<!DOCTYPE sst [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><sst><si><t>&e;</t></si></sst>"), LIMITS))
                .isInstanceOf(SpreadsheetRefused.class).hasMessage("spreadsheet.doctype");
        assertThatThrownBy(() -> SharedStrings.read(utf8("<sst><si><t>&e;</t></si></sst>"), LIMITS))
                .isInstanceOf(XmlTokens.Malformed.class);
        String sheet = "<worksheet><sheetData><row r=\"2\"><c t=\"s\"><v>x</v></c></row></sheetData></worksheet>";
        XlsxReader source = XlsxReader.reading(SharedStrings.empty(), utf8(sheet), LIMITS);
        assertThatThrownBy(() -> source.next(new SheetRow())).isInstanceOf(SpreadsheetRefused.class)
                .hasMessage("spreadsheet.damaged");
    }

    @Test
    @DisplayName("跨越读缓冲区边界的长标签与长文本")
    void tagsAndTextLongerThanTheBuffer() {
        String longText = "长".repeat(30_000);
        String xml = "<a " + "k=\"" + "v".repeat(100_000) + "\" t=\"s\"><t>" + longText + "&amp;</t></a>";
        XmlTokens t = new XmlTokens(utf8(xml), 1 << 20, 100);
        assertThat(t.next()).isEqualTo(XmlTokens.START);
        assertThat(t.attributeIs("t", "s")).isTrue();
        assertThat(t.attribute("k")).hasSize(100_000);
        assertThat(t.next()).isEqualTo(XmlTokens.START);
        t.clearText();
        t.readText();
        assertThat(t.text()).isEqualTo(longText + "&");
        assertThat(t.next()).isEqualTo(XmlTokens.END);
        assertThat(t.is("t")).isTrue();
    }

    @Test
    @DisplayName("xlsx 列字母与数字：AB→27，科学计数法还原为整数文本，超大指数保持原样")
    void xlsxHelpers() {
        assertThat(SheetRow.columnName(0)).isEqualTo("A");
        assertThat(SheetRow.columnName(27)).isEqualTo("AB");
        assertThat(SheetRow.columnName(16_383)).isEqualTo("XFD");
        assertThat(SheetCells.plainNumber("1.23456789012345E14")).isEqualTo("123456789012345");
        assertThat(SheetCells.plainNumber("42")).isEqualTo("42");
        assertThat(SheetCells.plainNumber("1E100000000")).isEqualTo("1E100000000");
    }

    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
