package io.fairdraw.draw.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Published draw parameters (FD-DRAW-1 §1): per-stratum ratios, team size {@code T},
 * cap slack {@code K} and the cross-office rule. Strata are kept sorted by stratum.
 */
public record DrawParams(List<StratumParams> strata, int team, int capSlack, boolean crossOrg) {

    /** 每次选定的工作人员不少于2人 (国发〔2019〕5号 practice, §1 "team size, ≥ 2"). */
    public static final int MIN_TEAM = 2;

    public DrawParams {
        List<StratumParams> sorted = new ArrayList<>(strata);
        sorted.sort(Comparator.comparing(StratumParams::stratum));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).stratum().equals(sorted.get(i - 1).stratum())) {
                throw new ProtocolException("params.duplicate-stratum", sorted.get(i).stratum());
            }
        }
        strata = List.copyOf(sorted);
        if (team < MIN_TEAM) {
            throw new ProtocolException("params.team-too-small", Integer.toString(team));
        }
        if (capSlack < 0) {
            throw new ProtocolException("params.cap-slack-negative", Integer.toString(capSlack));
        }
    }

    public Optional<StratumParams> stratum(String stratum) {
        return strata.stream().filter(s -> s.stratum().equals(stratum)).findFirst();
    }

    /** {@code STRATUM=r_s,m_s\n}… then {@code team=T\n cap_slack=K\n cross_org=0|1\n}. */
    public String canonicalText() {
        StringBuilder text = new StringBuilder();
        strata.forEach(s -> text.append(s.canonicalLine()));
        return text.append("team=").append(team).append('\n')
                .append("cap_slack=").append(capSlack).append('\n')
                .append("cross_org=").append(crossOrg ? 1 : 0).append('\n')
                .toString();
    }

    public String hash() {
        return Sha256.of(canonicalText());
    }
}
