package io.fairdraw.draw.web;

import io.fairdraw.draw.DrawOversight;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 抽取监督 on the portal (issue 17 item 8): public, every unit, optionally one plan year. */
@Controller
class OversightController {

    private final DrawOversight oversight;

    OversightController(DrawOversight oversight) {
        this.oversight = oversight;
    }

    @GetMapping("/public/oversight")
    String page(@RequestParam(required = false) Integer year, Model model) {
        Integer y = year != null && (year < 2000 || year > 2100) ? null : year;
        model.addAttribute("year", y);
        model.addAttribute("rows", oversight.table(null, y));
        return "draw/oversight";
    }
}
