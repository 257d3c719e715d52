package io.fairdraw.draw.protocol;

import io.fairdraw.draw.protocol.engine.DrawEngine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reference {@link DrawEngine}: DRAW-PROTOCOL.md §2a and §2b as written, one hex string per
 * ticket and rank, one thread, whole sorts. It defines what the fast engine must answer byte for
 * byte (DrawEngineEquivalenceTest); it may use nothing of the engine but the interface
 * (ArchitectureTest).
 */
final class ReferenceEngine implements DrawEngine {

    static final ReferenceEngine INSTANCE = new ReferenceEngine();

    private ReferenceEngine() {
    }

    /** An entity with its USCC and {@code ticket(uscc)} as hex. */
    private record Ticketed(int entity, String uscc, String ticket) {
    }

    /**
     * §2a: "In each stratum, order the entities by ticket ascending (hex string order equals
     * unsigned big-endian order; ties by USCC) and select the first {@code n_s}."
     */
    @Override
    public List<Ticket> firstByTicket(String seed, Codes frame, int[] members, int sample) {
        List<Ticketed> stratum = new ArrayList<>();
        for (int entity : members) {
            String uscc = new String(frame.text(), frame.offset(entity), frame.length(entity), StandardCharsets.US_ASCII);
            stratum.add(new Ticketed(entity, uscc, DrawProtocol.ticket(seed, uscc)));
        }
        stratum.sort(Comparator.comparing(Ticketed::ticket).thenComparing(Ticketed::uscc));
        List<Ticket> selected = new ArrayList<>();
        for (Ticketed t : stratum.subList(0, sample)) {
            selected.add(new Ticket(t.entity(), HexFormat.of().parseHex(t.ticket())));
        }
        return selected;
    }

    /**
     * §2b: "Walk the selection order. For entity e, rank every roster inspector i by rank(e, i)
     * ascending and take, in that order, the first T inspectors that are eligible": not a conflict
     * pair, {@code load(i) < cap}, and with {@code cross_org=1} of another org than the entity's.
     */
    @Override
    public int assign(Assignment a, TeamConsumer onTeam) {
        List<String> inspectors = a.inspectorIds();
        int[] load = new int[inspectors.size()];
        for (int k = 0; k < a.usccs().size(); k++) {
            String uscc = a.usccs().get(k);
            Set<Integer> conflicted = new TreeSet<>();
            for (int i : a.conflicts()[k]) {
                conflicted.add(i);
            }
            int[] team = new int[a.team()];
            int taken = 0;
            for (int i : byRank(a.seed(), uscc, inspectors)) {
                if (taken == team.length) {
                    break;
                }
                boolean sameOrg = a.crossOrg() && a.inspectorOrgs()[i] == a.entityOrgs()[k];
                if (!conflicted.contains(i) && load[i] < a.cap() && !sameOrg) {
                    team[taken++] = i;
                }
            }
            if (taken < team.length) {
                return k;
            }
            for (int i : team) {
                load[i]++;
            }
            onTeam.accept(k, team);
        }
        return a.usccs().size();
    }

    /**
     * Roster indexes ordered by {@code rank(e, i)} ascending; equal ranks (SHA-256 makes them
     * practically impossible) by inspector id, which is roster order.
     */
    static List<Integer> byRank(String seed, String uscc, List<String> inspectorIds) {
        List<String> ranks = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < inspectorIds.size(); i++) {
            ranks.add(DrawProtocol.rank(seed, uscc, inspectorIds.get(i)));
            order.add(i);
        }
        order.sort(Comparator.comparing(ranks::get).thenComparing(i -> i));
        return order;
    }
}
