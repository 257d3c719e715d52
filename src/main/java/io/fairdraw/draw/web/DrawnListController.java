package io.fairdraw.draw.web;

import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.QrCode;
import io.fairdraw.shared.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 抽取结果 printed (A4) and exported as .xlsx (issue 21 item 6), both from the staff draw page.
 * The print carries the QR code of the absolute public verification URL so that whoever holds the
 * paper can check the draw (FD-DRAW-1 §4); the workbook carries the same URL as text.
 */
@Controller
class DrawnListController {

    static final String PRINT = "draw/drawn-list";

    private final DrawnList lists;
    private final MessageSource messages;

    DrawnListController(DrawnList lists, MessageSource messages) {
        this.lists = lists;
        this.messages = messages;
    }

    @GetMapping("/draws/{drawId}/drawn-list")
    String print(@PathVariable String drawId, Model model) {
        DrawnList.View view = lists.of(drawId);
        model.addAttribute("view", view);
        model.addAttribute("qr", QrCode.dataUri(view.publicUrl()));
        return PRINT;
    }

    @GetMapping("/draws/{drawId}/drawn-list.xlsx")
    void xlsx(@PathVariable String drawId, HttpServletResponse response) throws IOException {
        DrawnList.View view = lists.of(drawId);
        if (!view.draw().draw().executed()) {
            throw new ConflictError("draw.list.not_executed", drawId);
        }
        // The headers are for people (issue 21 item 3): Chinese, as the print shows them.
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        List<String> headers = List.of(text("draw.list.number", zh), text("draw.selection.uscc", zh),
                text("draw.list.name", zh), text("draw.list.team", zh), text("draw.list.team_ids", zh),
                text("draw.list.draw_id", zh), text("draw.list.verify_url", zh));
        XlsxTable.attachment(response, drawId + "-drawn-list.xlsx");
        try (XlsxTable t = new XlsxTable(response.getOutputStream(), text("draw.list.sheet", zh), headers)) {
            String sep = text("draw.list.separator", zh);
            for (DrawnList.Row r : view.rows()) {
                t.add(List.of(r.number(), r.uscc(), r.name(),
                        r.team().stream().map(m -> m.name().isEmpty() ? m.id() : m.name()).collect(Collectors.joining(sep)),
                        r.team().stream().map(DrawnList.Member::id).collect(Collectors.joining(sep)),
                        drawId, view.publicUrl()));
            }
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
