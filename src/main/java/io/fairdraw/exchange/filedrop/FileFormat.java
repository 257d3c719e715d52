package io.fairdraw.exchange.filedrop;

import java.util.Locale;

/** The file formats of the drop: .xlsx (fastexcel) and .csv (UTF-8 with BOM, RFC 4180). */
public enum FileFormat {
    XLSX, CSV;

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
