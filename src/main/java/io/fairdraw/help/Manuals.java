package io.fairdraw.help;

import io.fairdraw.organization.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The six roles' manuals (DESIGN.md §2), read once from {@code help/manuals/<role>.txt}. A manual
 * that does not parse fails the start-up, not a reader's request (and HelpManualTest fails first).
 */
@Service
public class Manuals {

    /** The manuals in the order of the index: the daily work's order (plan, approve, inspect), then support roles. */
    public static final List<Role> ORDER = List.of(Role.PLANNER, Role.REVIEWER, Role.INSPECTOR, Role.LIAISON,
            Role.ADMIN, Role.AUDITOR);

    private final Map<String, Manual> bySlug = new LinkedHashMap<>();

    public Manuals() {
        for (Role role : ORDER) {
            String slug = slug(role);
            bySlug.put(slug, ManualParser.parse(slug, read("help/manuals/" + slug + ".txt")));
        }
    }

    /** The manual's address part: {@code /help/planner}. */
    public static String slug(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    public List<Manual> all() {
        return List.copyOf(bySlug.values());
    }

    public Optional<Manual> of(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("manual " + path, e);
        }
    }
}
