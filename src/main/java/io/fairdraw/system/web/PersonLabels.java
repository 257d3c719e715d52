package io.fairdraw.system.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * Issue 21 item 2: who acted, as a person reads it. An account's 姓名 instead of its login name;
 * the pseudo-actors the modules record get a label from the bundles: {@code system} (a scheduled
 * job, start-up seeding) and {@code demo:<inspector id>} (demo records written in an inspector's
 * name). Pure: the names come from one batched query per page ({@link DisplayNames}).
 */
final class PersonLabels {

    static final String SYSTEM = "system";
    static final String DEMO_PREFIX = "demo:";

    private PersonLabels() {
    }

    /** The inspector ids the demo actors among these name (their names are looked up in the same batch). */
    static Set<String> demoInspectors(Collection<String> actors) {
        Set<String> ids = new LinkedHashSet<>();
        for (String a : actors) {
            if (a != null && a.startsWith(DEMO_PREFIX) && a.length() > DEMO_PREFIX.length()) {
                ids.add(a.substring(DEMO_PREFIX.length()));
            }
        }
        return ids;
    }

    /** The accounts among these actors (not a pseudo-actor, not blank). */
    static Set<String> accounts(Collection<String> actors) {
        Set<String> names = new LinkedHashSet<>();
        for (String a : actors) {
            if (a != null && !a.isBlank() && !a.equals(SYSTEM) && !a.startsWith(DEMO_PREFIX)) {
                names.add(a);
            }
        }
        return names;
    }

    /**
     * @param accounts   login name → 姓名 of the accounts found
     * @param inspectors inspector id → name of the demo actors' inspectors found
     */
    static String label(String actor, Map<String, String> accounts, Map<String, String> inspectors,
                        MessageSource messages, Locale locale) {
        if (actor == null || actor.isBlank()) {
            return "-";
        }
        if (actor.equals(SYSTEM)) {
            return messages.getMessage("people.system", null, locale);
        }
        if (actor.startsWith(DEMO_PREFIX)) {
            String id = actor.substring(DEMO_PREFIX.length());
            String name = inspectors.get(id);
            return messages.getMessage("people.demo", new Object[] {name == null ? id : name + " " + id}, locale);
        }
        return Objects.requireNonNullElse(accounts.get(actor), actor);
    }
}
