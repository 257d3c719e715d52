package io.fairdraw.audit.web;

import io.fairdraw.audit.TransparencyLog;
import io.fairdraw.audit.domain.LogQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal page of the transparency log: latest checkpoint, public key, how to verify offline. */
@Controller
class PublicLogPageController {

    static final String VIEW = "audit/transparency-log";

    private final TransparencyLog log;
    private final LogQueries queries;

    PublicLogPageController(TransparencyLog log, LogQueries queries) {
        this.log = log;
        this.queries = queries;
    }

    @GetMapping("/public/log")
    String page(Model model) {
        model.addAttribute("checkpoint", log.latestCheckpoint().orElse(null));
        model.addAttribute("key", queries.publicKey(null).orElse(null));
        return VIEW;
    }
}
