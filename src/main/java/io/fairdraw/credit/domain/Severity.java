package io.fairdraw.credit.domain;

/** Severity of a credit record; labels {@code credit.severity.<NAME>}. */
public enum Severity {
    MINOR, GENERAL, SERIOUS
}
