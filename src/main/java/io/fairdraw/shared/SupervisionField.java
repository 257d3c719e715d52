package io.fairdraw.shared;

import java.util.Optional;

/**
 * 监管领域: the natural-resources fields of 兵自然资发〔2020〕47号 二(二) (土地、规划、林草、矿产 …).
 * Shared by the catalog (an item's field), the registry (an entity's field) and the inspector
 * directory (an inspector's specialties). Labels: message keys {@code field.<NAME>}.
 */
public enum SupervisionField {
    LAND, PLANNING, FOREST_GRASS, MINERAL, SURVEYING, OTHER;

    public String messageKey() {
        return "field." + name();
    }

    /** The constant with this exact name, e.g. from a form or an API payload. */
    public static Optional<SupervisionField> byName(String name) {
        for (SupervisionField f : values()) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
