package io.fairdraw.credit.domain;

import java.time.Instant;

/** A configured source of external credit changes (外部信用); its secret never leaves the domain. */
public record CreditSource(String code, String name, String createdBy, Instant updatedAt) {
}
