package io.fairdraw.registry;

/**
 * 信用风险分类 (差异化监管): A lowest risk … D highest; an entity without a class has none (null).
 * The draw raises sampling ratios for higher classes.
 */
public enum RiskClass {
    A, B, C, D
}
