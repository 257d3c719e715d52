package io.fairdraw.exchange.filedrop;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The seam the daily file drop reads through: the rows of one business day (results published and
 * corrections published that day). Today {@link PublishedResultsSource} reads them from the disclosure
 * module; the outbox can feed the drop instead by providing another bean of this type. Must give the
 * same rows in the same order on every call for a past day, so a re-run writes the same file.
 */
public interface FileDropSource {

    void rows(LocalDate day, Consumer<FileDropRow> out);
}
