package io.fairdraw.organization.domain;

import io.fairdraw.organization.UnitKind;

/** A unit as stored. */
public record Unit(String code, String name, String parentCode, UnitKind kind, String contactPhone,
                   String address, boolean active) {
}
