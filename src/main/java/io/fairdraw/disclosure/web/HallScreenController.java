package io.fairdraw.disclosure.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /public/screen}: a full-screen page for the hall's 1920×1080 display in kiosk mode, and the
 * JSON it reloads every {@code fairdraw.screen.refresh} (issue 21 item 8: every minute, without
 * reloading the page; a kiosk that reloads flashes white and loses its place). Public, like the
 * portal: it shows nothing the portal does not.
 */
@Controller
class HallScreenController {

    static final String PAGE = "disclosure/screen";

    private final HallScreen screen;
    private final Duration refresh;

    HallScreenController(HallScreen screen, @Value("${fairdraw.screen.refresh:PT1M}") Duration refresh) {
        this.screen = screen;
        this.refresh = refresh;
    }

    @GetMapping("/public/screen")
    String page(Locale locale, Model model) {
        model.addAttribute("screen", screen.now(locale));
        model.addAttribute("refreshMillis", refresh.toMillis());
        return PAGE;
    }

    // The kiosk page's own feed, shaped for its layout and not a contract: the open data (results.json
    // and its schema) is the machine interface, so the public API group does not list this one.
    @Hidden
    @GetMapping(value = "/public/screen.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    HallScreen.View data(Locale locale) {
        return screen.now(locale);
    }
}
