package io.fairdraw.system.web;

import io.fairdraw.disclosure.PublishedDrawResults;
import io.fairdraw.inspector.InspectorNames;
import io.fairdraw.organization.AccountNames;
import io.fairdraw.registry.EntityNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names wherever a person reads (issue 21 item 2), for the templates of every module:
 * {@code ${@names.people(rows.![submittedBy()])}} once per page, then a map lookup per row — one
 * query per kind of name and page, never one per row. It lives in {@code system} because it reads
 * four modules' APIs that do not know each other (the draw cannot depend on the inspector module).
 */
@Component("names")
class DisplayNames {

    private final AccountNames accounts;
    private final EntityNames entities;
    private final InspectorNames inspectors;
    private final PublishedDrawResults published;
    private final MessageSource messages;

    DisplayNames(AccountNames accounts, EntityNames entities, InspectorNames inspectors,
                 PublishedDrawResults published, MessageSource messages) {
        this.accounts = accounts;
        this.entities = entities;
        this.inspectors = inspectors;
        this.published = published;
        this.messages = messages;
    }

    /** Login name (or {@code system}, {@code demo:<id>}) → what a person reads; every actor given is a key. */
    public Map<String, String> people(Collection<?> actors) {
        List<String> list = strings(actors);
        Set<String> demo = PersonLabels.demoInspectors(list);
        Set<String> logins = PersonLabels.accounts(list);
        Map<String, String> names = logins.isEmpty() ? Map.of() : accounts.displayNames(logins);
        Map<String, String> demoNames = new HashMap<>();
        if (!demo.isEmpty()) {
            inspectors.namesOf(demo).forEach((id, n) -> demoNames.put(id, n.name()));
        }
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> out = new HashMap<>();
        for (String a : list) {
            out.put(a, PersonLabels.label(a, names, demoNames, messages, locale));
        }
        return out;
    }

    /** One actor (a page that shows one), as {@link #people}. */
    public String person(String actor) {
        return people(java.util.Collections.singletonList(actor)).get(actor);
    }

    /** 统一社会信用代码 → registered name; unknown codes are absent. */
    public Map<String, String> entities(Collection<?> usccs) {
        return entities.namesOf(strings(usccs));
    }

    /** Inspector id → name, for staff pages; unknown ids are absent. */
    public Map<String, String> inspectors(Collection<?> ids) {
        Map<String, String> out = new HashMap<>();
        inspectors.namesOf(strings(ids)).forEach((id, n) -> out.put(id, n.name()));
        return out;
    }

    /** Every inspector of these teams (entity → ids) → name, for staff pages. */
    public Map<String, String> teamMembers(Map<String, ? extends Collection<String>> teams) {
        return teams == null ? Map.of() : inspectors(teams.values().stream().flatMap(Collection::stream).toList());
    }

    /** Staff pages: entity → its team as 姓名（编号）, in team order. */
    public Map<String, String> staffTeams(Map<String, ? extends Collection<String>> teams) {
        Map<String, String> out = new LinkedHashMap<>();
        if (teams == null) {
            return out;
        }
        Map<String, String> named = teamMembers(teams);
        Locale locale = LocaleContextHolder.getLocale();
        String separator = messages.getMessage("people.separator", null, locale);
        teams.forEach((uscc, team) -> out.put(uscc, String.join(separator, team.stream()
                .map(id -> named.containsKey(id)
                        ? messages.getMessage("people.staff_inspector", new Object[] {named.get(id), id}, locale) : id)
                .toList())));
        return out;
    }

    /**
     * 行政执法公示 on a public draw page: entity → its team as 姓名（执法证号）, only for the entities of
     * this draw whose result is published. Absent entities show ids only (nobody is told in
     * advance who will come).
     */
    public Map<String, String> publicTeams(String drawId, Map<String, ? extends Collection<String>> teams) {
        Set<String> done = published.publishedUsccs(drawId);
        Map<String, String> out = new LinkedHashMap<>();
        if (done.isEmpty() || teams == null) {
            return out;
        }
        List<String> ids = new ArrayList<>();
        for (String u : done) {
            Collection<String> t = teams.get(u);
            if (t != null) {
                ids.addAll(t);
            }
        }
        Map<String, InspectorNames.Named> named = inspectors.namesOf(ids);
        Locale locale = LocaleContextHolder.getLocale();
        for (String uscc : done) {
            Collection<String> team = teams.get(uscc);
            if (team == null) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String id : team) {
                InspectorNames.Named n = named.get(id);
                parts.add(n == null ? id : n.certificateNo().isEmpty() ? n.name()
                        : messages.getMessage("people.public_inspector", new Object[] {n.name(), n.certificateNo()}, locale));
            }
            out.put(uscc, String.join(messages.getMessage("people.separator", null, locale), parts));
        }
        return out;
    }

    /** The strings of these values; nested collections are flattened ({@code {rows.![a()], rows.![b()]}}). */
    static List<String> strings(Collection<?> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(v -> v instanceof Collection<?> c ? strings(c).stream() : java.util.stream.Stream.of(v))
                .filter(Objects::nonNull).map(Object::toString).distinct().toList();
    }
}
