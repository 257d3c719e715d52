package io.fairdraw.calendar.web;

import io.fairdraw.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/calendar/deadline} — contract in DESIGN.md §5. */
@RestController
class CalendarApiController {

    private final WorkingDays workingDays;

    CalendarApiController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GetMapping("/api/v1/calendar/deadline")
    Map<String, Object> deadline(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam int workdays) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from.toString());
        body.put("workdays", workdays);
        body.put("deadline", workingDays.deadline(from, workdays).toString());
        return body;
    }
}
