package io.fairdraw.registry;

/** 监管领域 of an entity; labels {@code registry.field.<NAME>} (import accepts the zh and en labels). */
public enum Field {
    LAND, PLANNING, FOREST_GRASS, MINERAL, SURVEYING, OTHER
}
