package io.fairdraw.disclosure.web;

import io.fairdraw.disclosure.domain.ApprovedRecord;
import io.fairdraw.disclosure.domain.PublicResult;
import io.fairdraw.disclosure.domain.PublicationService;
import io.fairdraw.organization.FairdrawUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 结果公示: the REVIEWER's queue of approved results, due dates, overdue flags, publish one or a task. */
@Controller
class PublicationController {

    static final String VIEW = "disclosure/publication";

    private final PublicationService publication;
    PublicationController(PublicationService publication) {
        this.publication = publication;
    }

    @GetMapping("/disclosure")
    String queue(@AuthenticationPrincipal FairdrawUser user, Model model) {
        List<ApprovedRecord> pending = publication.pending(user);
        Map<Long, List<ApprovedRecord>> byTask = new LinkedHashMap<>();
        pending.forEach(r -> byTask.computeIfAbsent(r.taskId(), k -> new ArrayList<>()).add(r));
        List<ApprovedRecord> published = publication.recentlyPublished(user);
        List<Long> ids = new ArrayList<>();
        pending.forEach(r -> ids.add(r.recordId()));
        Map<Long, List<PublicResult>> items = publication.itemsOf(ids).stream()
                .collect(Collectors.groupingBy(PublicResult::recordId));
        model.addAttribute("byTask", byTask);
        model.addAttribute("items", items);
        model.addAttribute("published", published);
        model.addAttribute("today", publication.today());
        model.addAttribute("overdue", pending.stream().filter(r -> r.overdue(publication.today())).count());
        return VIEW;
    }

    @PostMapping("/disclosure/records/{id}/publish")
    String publish(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user, RedirectAttributes flash) {
        publication.publish(id, user);
        flash.addFlashAttribute("publishedCount", 1);
        return "redirect:/disclosure";
    }

    @PostMapping("/disclosure/tasks/{taskId}/publish")
    String publishTask(@PathVariable long taskId, @AuthenticationPrincipal FairdrawUser user, RedirectAttributes flash) {
        flash.addFlashAttribute("publishedCount", publication.publishTask(taskId, user));
        return "redirect:/disclosure";
    }
}
