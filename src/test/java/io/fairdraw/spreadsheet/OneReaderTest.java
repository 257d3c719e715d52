package io.fairdraw.spreadsheet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 18: one bounded reader for every upload; no import reads a workbook another way. */
class OneReaderTest {

    @Test
    @DisplayName("只有一个 xlsx 读取器：应用代码不使用 fastexcel-reader、POI 或 StAX 读取上传文件")
    void everyImportUsesTheBoundedReader() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.dhatim.fastexcel.reader..", "org.apache.poi..",
                        "javax.xml.stream..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.fairdraw"));
    }
}
