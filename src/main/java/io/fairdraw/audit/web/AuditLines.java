package io.fairdraw.audit.web;

import io.fairdraw.audit.domain.AuditRow;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders stored audit entries for people (issue 21 item 2: "Audit actions and objects through the
 * message bundles"). Nothing is rewritten in the database: an entry's bytes are chained and signed
 * (docs/transparency-log.md), so the original summary stays available beside its translation.
 *
 * <ul>
 *   <li>action: {@code audit.action.<CODE>} (AuditActionLabelsTest: every code in use has one);</li>
 *   <li>object: {@code audit.target.<type>} with the id as {0}, linked to its page where it has one;</li>
 *   <li>summary: words and codes the modules write ({@code DRAFT -> SUBMITTED}, {@code by}, {@code rule},
 *       {@code beacon=}) through {@code audit.word.<word>}; identifiers, hashes, numbers and what a user
 *       typed stay as stored.</li>
 * </ul>
 */
@Component
class AuditLines {

    /** A run of letters, digits and the characters identifiers use (planner.d01, XJ-D01-005, sha256). */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:\\-]*[A-Za-z0-9]|[A-Za-z0-9]");
    /** A word the bundles may translate: letters only (UPPER_SNAKE codes keep their underscores). */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+[0-9]*(?:[_.][A-Za-z0-9]+)*");
    private static final Pattern ARROW = Pattern.compile("\\s*->\\s*");

    /** Pages of the objects the log names (the auditor reads all of them; DESIGN.md §2). */
    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("plan", "/plans/%s"),
            Map.entry("task", "/tasks/%s"),
            Map.entry("draw", "/public/draws/%s"),
            Map.entry("inspection_record", "/inspection/records/%s/sheet"),
            Map.entry("inspection_visit", "/inspection/visits/%s"),
            Map.entry("inspection_follow_up", "/inspection/follow-ups/%s"),
            Map.entry("inspector", "/inspectors/%s"),
            Map.entry("registry_entity", "/registry/entities/%s"),
            Map.entry("registry_import", "/registry/imports/%s"),
            Map.entry("catalog_item", "/catalog/items/%s"),
            Map.entry("unit", "/units/%s"));

    /**
     * Where the modules' own labels of the codes a summary carries live (DRAFT -> SUBMITTED,
     * CORRECTED, HOLIDAY …): tried in order after {@code audit.word.}, so a code has one label.
     */
    private static final List<String> CODE_LABELS = List.of("audit.word.", "plan.status.", "inspection.record.status.",
            "inspection.category.", "inspection.disposal.", "inspection.followup.kind.", "inspection.followup.status.",
            "inspection.point.", "credit.severity.", "unit.kind.", "calendar.kind.", "role.", "draw.status.",
            "draw.substitution.reason.", "task.type.", "registry.status.");

    private final MessageSource messages;

    AuditLines(MessageSource messages) {
        this.messages = messages;
    }

    AuditLine of(AuditRow row, Locale locale) {
        return new AuditLine(row, action(row.action(), locale), object(row.targetType(), row.targetId(), locale),
                href(row.targetType(), row.targetId()), summary(row.summary(), locale));
    }

    String action(String code, Locale locale) {
        return messages.getMessage("audit.action." + code, null, code, locale);
    }

    String object(String type, String id, Locale locale) {
        if (type.isEmpty()) {
            return id;
        }
        String shown = id.isEmpty() || id.equals("-") ? "" : id;
        String label = messages.getMessage("audit.target." + type, new Object[] {shown}, null, locale);
        return label == null ? type + ":" + id : label.strip();
    }

    static String href(String type, String id) {
        String page = PAGES.get(type);
        if (page == null || id.isEmpty() || !id.matches("[A-Za-z0-9._\\-]+")) {
            return null;
        }
        return String.format(page, id);
    }

    /** Known words and codes through {@code audit.word.*}; everything else as stored. */
    String summary(String stored, Locale locale) {
        String text = ARROW.matcher(stored).replaceAll(" → ");
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group();
            String word = WORD.matcher(token).matches() ? word(token, locale) : null;
            m.appendReplacement(out, Matcher.quoteReplacement(word == null ? token : word));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String word(String token, Locale locale) {
        boolean code = token.length() > 1 && token.equals(token.toUpperCase(Locale.ROOT));
        for (String prefix : code ? CODE_LABELS : CODE_LABELS.subList(0, 1)) {
            String label = messages.getMessage(prefix + token, null, null, locale);
            if (label != null) {
                return label;
            }
        }
        return null;
    }
}
