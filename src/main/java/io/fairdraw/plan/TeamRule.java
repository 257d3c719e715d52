package io.fairdraw.plan;

/**
 * How a task's inspection teams are drawn: {@code size} inspectors per visit, whether they must come
 * from more than one organisation ({@code crossOrg}), and how many visits above the even share one
 * inspector may take ({@code capSlack}) — the draw's team parameters (DRAW-PROTOCOL.md).
 */
public record TeamRule(int size, boolean crossOrg, int capSlack) {
}
