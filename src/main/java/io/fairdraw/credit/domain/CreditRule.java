package io.fairdraw.credit.domain;

import io.fairdraw.registry.RiskClass;

/**
 * One risk-class rule (table {@code credit_rule}). CATEGORY: a violation of {@code category} has
 * {@code severity} and puts the entity at least in {@code minClass}. CLEAN: no valid credit record
 * and no class change for {@code months} moves the entity down {@code step} classes.
 */
public record CreditRule(String code, String kind, String category, Severity severity, RiskClass minClass,
                         Integer months, Integer step) {

    public boolean clean() {
        return "CLEAN".equals(kind);
    }
}
