package io.fairdraw.disclosure.objection;

import io.fairdraw.registry.LegalRepresentatives;
import io.fairdraw.shared.UnifiedSocialCreditCode;
import io.fairdraw.shared.UserError;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * issue 20 item 4: the objector names the entity's 统一社会信用代码 and 法定代表人; both must be the
 * result's entity's as the 名录库 holds them. Each error names its field and what to do; it never
 * tells the registry's value (the form must not become a lookup of legal representatives).
 */
@Component
class RegistryCheck {

    private final LegalRepresentatives legalRepresentatives;

    RegistryCheck(LegalRepresentatives legalRepresentatives) {
        this.legalRepresentatives = legalRepresentatives;
    }

    void check(Objection.Result r, String uscc, String legalRepresentative) {
        String code = uscc == null ? "" : uscc.strip().toUpperCase(Locale.ROOT);
        if (!UnifiedSocialCreditCode.isValid(code)) {
            throw new UserError("uscc", "objection.uscc.invalid");
        }
        if (!code.equals(r.uscc())) {
            throw new UserError("uscc", "objection.uscc.other_entity", r.entityName());
        }
        String registered = legalRepresentatives.of(r.uscc()).map(RegistryCheck::normal).orElse("");
        if (registered.isEmpty()) {
            throw new UserError("legalRepresentative", "objection.legal_rep.unknown");
        }
        if (!registered.equals(normal(legalRepresentative))) {
            throw new UserError("legalRepresentative", "objection.legal_rep.mismatch");
        }
    }

    /** Spaces (also full-width) and the middle dot variants of minority names do not count. */
    private static String normal(String name) {
        return name == null ? "" : name.replaceAll("[\\s\\u3000·•・]", "").toLowerCase(Locale.ROOT);
    }
}
