package io.fairdraw.registry.domain;

import java.nio.file.Path;

/** Manual probe: how fast is reading (and validating) a file, without the database? */
public final class ParseProbe {

    public static void main(String[] args) throws Exception {
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            SourceRow row = new SourceRow();
            int n = 0;
            try (RowSource src = args[0].endsWith(".csv") ? CsvRowSource.open(Path.of(args[0])) : XlsxRowSource.open(Path.of(args[0]))) {
                long t1 = System.nanoTime();
                while (src.next(row)) {
                    n++;
                }
                System.out.printf("open %d ms, rows %d in %d ms%n", (t1 - t0) / 1_000_000, n, (System.nanoTime() - t1) / 1_000_000);
            }
        }
    }
}
