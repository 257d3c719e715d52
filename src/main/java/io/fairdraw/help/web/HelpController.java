package io.fairdraw.help.web;

import io.fairdraw.help.Manual;
import io.fairdraw.help.Manuals;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 操作手册 (issue 21 item 7): the index of the six roles' manuals, the caller's own first, and one
 * page per role that prints as one document (help.css). Every signed-in account may read every
 * manual: a reviewer learns what the planner did before the plan reached them.
 */
@Controller
class HelpController {

    static final String INDEX = "help/index";
    static final String MANUAL = "help/manual";

    private final Manuals manuals;

    HelpController(Manuals manuals) {
        this.manuals = manuals;
    }

    @GetMapping("/help")
    String index(Model model) {
        Set<Role> mine = FairdrawUser.current().map(FairdrawUser::roles).orElse(Set.of());
        List<Manual> all = manuals.all();
        model.addAttribute("manuals", all);
        model.addAttribute("mine", Manuals.ORDER.stream().filter(mine::contains).map(Manuals::slug).toList());
        return INDEX;
    }

    @GetMapping("/help/{role}")
    String manual(@PathVariable String role, Model model) {
        Manual manual = manuals.of(role).orElseThrow(() -> new OutOfScopeException("help:" + role, false));
        model.addAttribute("manual", manual);
        return MANUAL;
    }
}
