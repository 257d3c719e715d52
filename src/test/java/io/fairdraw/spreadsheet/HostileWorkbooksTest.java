package io.fairdraw.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.fairdraw.support.HostileFiles;
import io.fairdraw.support.HostileFiles.Case;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hostile workbooks of issue 18 against the reader itself, with the import's limits: each is
 * refused with the message key that names its limit, within a generous time (a hang fails, no
 * timing is asserted). The imports' suites (HostileImportsIT) send the same files over HTTP to the
 * application in a 512 MB heap.
 */
class HostileWorkbooksTest {

    static final Path DIR = Path.of("target", "hostile-files");
    static final List<String> HEADER = List.of("a", "b", "c");
    static final List<String> ROW = List.of("1", "2", "3");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "PAST_XFD, spreadsheet.too_many_columns",
            "HUGE_CELL, spreadsheet.cell_too_long",
            "SHARED_STRINGS_80M, spreadsheet.too_many_strings",
            "ZIP_BOMB, spreadsheet.too_much_data",
            "ENTRIES_100K, spreadsheet.too_many_entries",
            "DEEP_XML, spreadsheet.too_deep",
            "DOCTYPE_XXE, spreadsheet.doctype",
            "ENTITY_EXPANSION, spreadsheet.doctype",
            "EXECUTABLE, spreadsheet.not_xlsx",
            "EMPTY_ZIP, spreadsheet.empty_zip"})
    @DisplayName("恶意工作簿：逐一拒绝，消息键说明是哪一项上限")
    void refused(Case hostile, String key) {
        Path file = HostileFiles.file(hostile, DIR, "reader", HEADER, ROW);
        // The bomb against a bound of 256 MB here, to keep the unit suite short; HostileImportsIT
        // sends it to the application with the configured 2 GB.
        XlsxLimits limits = XlsxLimits.excel(hostile == Case.ZIP_BOMB ? 256L << 20 : 2L << 30);
        Throwable refused = assertTimeoutPreemptively(Duration.ofMinutes(3),
                () -> catchThrowable(() -> readAll(file, limits)));
        assertThat(refused).isInstanceOf(SpreadsheetRefused.class);
        assertThat(((SpreadsheetRefused) refused).messageKey()).isEqualTo(key);
    }

    static int readAll(Path file, XlsxLimits limits) throws Exception {
        try (XlsxReader reader = XlsxReader.open(file, limits)) {
            SheetRow row = new SheetRow();
            int rows = 0;
            while (reader.next(row)) {
                rows++;
            }
            return rows;
        }
    }
}
