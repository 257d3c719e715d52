package io.fairdraw.disclosure.web;

import io.fairdraw.disclosure.domain.PublicResult;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.organization.Organization;
import io.fairdraw.shared.Refreshing;
import io.fairdraw.shared.SupervisionField;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names the portal shows for codes: units (cached for a minute: the portal is read far more often
 * than units change), fields and result categories (message bundles).
 */
@Component
class PortalLabels {

    private static final Duration TTL = Duration.ofMinutes(1);

    private final MessageSource messages;
    private final Refreshing<Map<String, String>> unitNames;

    PortalLabels(Organization organization, MessageSource messages) {
        this.messages = messages;
        this.unitNames = new Refreshing<>(TTL, () -> organization.units().stream()
                .collect(Collectors.toUnmodifiableMap(Organization.UnitView::code, Organization.UnitView::name)));
    }

    Map<String, String> unitNames() {
        return unitNames.get();
    }

    String unitName(String code) {
        return unitNames().getOrDefault(code, code);
    }

    String category(String name, Locale locale) {
        return messages.getMessage("inspection.category." + name, null, name, locale);
    }

    String field(String name, Locale locale) {
        return SupervisionField.byName(name).map(f -> messages.getMessage(f.messageKey(), null, name, locale))
                .orElse(name);
    }

    /** The open-data row ({@link OpenDataRow}'s documented columns), with the unit's name and the category's label. */
    OpenDataRow row(PublicResult r, Locale locale) {
        return OpenDataRow.of(r, unitName(r.unitCode()), category(r.category(), locale));
    }

    static boolean validCategory(String name) {
        for (ResultCategory c : ResultCategory.values()) {
            if (c.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
