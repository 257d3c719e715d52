package io.fairdraw.system.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    static final String VIEW = "system/login";

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        // The failure handler leaves the message and the typed user name for one display.
        model.addAttribute("loginError", session.getAttribute("loginError"));
        model.addAttribute("loginUsername", session.getAttribute("loginUsername"));
        session.removeAttribute("loginError");
        session.removeAttribute("loginUsername");
        return VIEW;
    }
}
