package io.fairdraw.draw.domain;

/** A catalog item of the drawn task as announced: 抽查事项 and its 抽查依据. */
public record DrawItem(String code, String name, String legalBasis) {
}
