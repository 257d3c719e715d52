package io.fairdraw.draw.protocol;

import java.util.List;

/**
 * A selected entity as published (§4 "selected"): its ticket, its supervising org code and the
 * team drawn for it by §2b (substitutions are separate events, see {@link Substitution}).
 */
public record SelectedEntity(String uscc, String stratum, String ticket, String orgCode, List<String> inspectors) {

    public SelectedEntity {
        inspectors = List.copyOf(inspectors);
    }
}
