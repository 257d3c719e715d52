package io.fairdraw.draw.domain;

/** The team part of the parameters (FD-DRAW-1 §1 params text): team size T, cap slack K and 所所交叉. */
public record TeamRules(int teamSize, int capSlack, boolean crossOrg) {
}
