package io.fairdraw.catalog.web;

import io.fairdraw.catalog.ItemContent;
import io.fairdraw.catalog.ItemVersion;
import io.fairdraw.shared.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/** The catalog as an .xlsx sheet: the public download and the maintainers' export share these columns. */
final class CatalogXlsx {

    static final List<String> COLUMNS = List.of("code", "name", "field", "legal_basis", "inspecting_unit",
            "target_type", "content", "methods", "ratio", "frequency", "version", "effective_from", "status", "unit");

    private CatalogXlsx() {
    }

    static void write(HttpServletResponse response, String filename, List<ItemVersion> versions,
                      Map<String, String> unitNames, MessageSource messages, Locale locale) throws IOException {
        XlsxTable.attachment(response, filename);
        List<String> headers = COLUMNS.stream().map(c -> messages.getMessage("catalog.col." + c, null, locale)).toList();
        try (XlsxTable t = new XlsxTable(response.getOutputStream(), "catalog", headers)) {
            for (ItemVersion v : versions) {
                ItemContent c = v.content();
                t.add(List.of(v.code(), c.name(), messages.getMessage(c.field().messageKey(), null, locale),
                        String.join("\n", c.legalBasis()), unitNames.getOrDefault(c.inspectingUnit(), c.inspectingUnit()),
                        c.targetType(), c.content(),
                        c.methodList().stream().map(m -> messages.getMessage("catalog.method." + m, null, locale))
                                .collect(Collectors.joining("、")),
                        c.ratioPercent(), c.frequencyPerYear(), v.versionNo(), v.effectiveFrom(),
                        messages.getMessage("catalog.status." + v.itemStatus(), null, locale),
                        unitNames.getOrDefault(v.unitCode(), v.unitCode())));
            }
        }
    }
}
