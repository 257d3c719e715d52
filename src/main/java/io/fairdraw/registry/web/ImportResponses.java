package io.fairdraw.registry.web;

import io.fairdraw.registry.domain.ImportResult;
import io.fairdraw.registry.domain.RejectedRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The import result in the contract's JSON shape (DESIGN.md §5), plus report link and summary. */
final class ImportResponses {

    private ImportResponses() {
    }

    static Map<String, Object> json(ImportResult r, String summary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", r.id());
        body.put("total", r.total());
        body.put("accepted", r.accepted());
        body.put("inserted", r.inserted());
        body.put("updated", r.updated());
        body.put("unchanged", r.unchanged());
        body.put("rejected", r.rejected());
        body.put("nothingChanged", r.nothingChanged());
        body.put("message", summary);
        List<Map<String, Object>> errors = new ArrayList<>();
        for (RejectedRow row : r.errors()) {
            for (int i = 0; i < row.columns().size(); i++) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("row", row.row());
                e.put("column", row.columns().get(i));
                e.put("message", row.messages().get(i));
                errors.add(e);
            }
        }
        body.put("errors", errors);
        body.put("errorsTruncated", r.rejected() > r.errors().size());
        body.put("errorReport", r.rejected() == 0 ? null : "/api/v1/registry/imports/" + r.id() + "/errors.xlsx");
        return body;
    }

    /** 「导入完成：…」 or, for a re-import of the same data, that nothing changed. */
    static String summaryKey(ImportResult r) {
        if (r.accepted() > 0 && r.nothingChanged()) {
            return "registry.import.summary.unchanged";
        }
        return r.rejected() > 0 ? "registry.import.summary.with_errors" : "registry.import.summary.ok";
    }

    static Object[] summaryArgs(ImportResult r) {
        return new Object[] {r.total(), r.accepted(), r.inserted(), r.updated(), r.unchanged(), r.rejected()};
    }
}
