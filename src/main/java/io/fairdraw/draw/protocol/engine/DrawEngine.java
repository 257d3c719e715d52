package io.fairdraw.draw.protocol.engine;

import java.util.List;

/**
 * The seam between what FD-DRAW-1 means and the byte-level work that makes a draw of millions of
 * entities fast: the two steps of DRAW-PROTOCOL.md §2 that hash once per entity (§2a tickets) and
 * once per entity and inspector (§2b ranks).
 *
 * <p>Two implementations answer byte for byte the same: the readable reference
 * ({@code io.fairdraw.draw.protocol.ReferenceEngine}, written straight from the protocol text) and
 * {@link #fast()}, the engine the server runs. The property tests
 * ({@code DrawEngineEquivalenceTest}) hold them equal; ArchitectureTest lets nothing outside this
 * package see the engine except through this interface. Inputs are plain strings and arrays, so
 * this package depends on nothing of the protocol and the protocol can choose its engine.
 */
public interface DrawEngine {

    /** The engine the server runs. */
    static DrawEngine fast() {
        return FastEngine.INSTANCE;
    }

    /**
     * The USCCs of a frame in frame order (USCC byte order): entity {@code e}'s USCC is the ASCII
     * bytes {@code text()[offset(e) .. offset(e) + length(e))}.
     */
    interface Codes {

        int size();

        /** The bytes the codes are read from; shared, never modified. */
        byte[] text();

        int offset(int entity);

        int length(int entity);
    }

    /** A selected entity: its index in the frame and its ticket, the 32 bytes of {@code SHA-256(seed + "\nE\n" + uscc)}. */
    record Ticket(int entity, byte[] hash) {
    }

    /**
     * §2a for one stratum: of {@code members} (frame indexes, ascending), the first {@code sample}
     * ordered by ticket ascending (unsigned bytes = hex order), ties by USCC (= frame index), in
     * that order.
     */
    List<Ticket> firstByTicket(String seed, Codes frame, int[] members, int sample);

    /**
     * The inputs of §2b. Entities in selection order: {@code usccs.get(k)}, the number of its
     * supervising org {@code entityOrgs[k]} and the roster indexes it is in conflict with
     * {@code conflicts[k]}. Inspectors in roster (id) order: {@code inspectorIds.get(i)} and the number
     * of its org {@code inspectorOrgs[i]}; equal numbers mean the same org code.
     */
    record Assignment(String seed, List<String> usccs, int[] entityOrgs, int[][] conflicts,
                      List<String> inspectorIds, int[] inspectorOrgs, int team, int cap, boolean crossOrg) {
    }

    @FunctionalInterface
    interface TeamConsumer {

        /** Entity {@code k}'s team: roster indexes in rank order. */
        void accept(int k, int[] team);
    }

    /**
     * §2b: walks the entities in order and takes for each, in {@code rank(e, i)} order, the first
     * {@code team} inspectors that are not in conflict with it, whose load is below {@code cap} and,
     * with {@code crossOrg}, of another org; hands each team to {@code onTeam} as soon as it is drawn.
     *
     * @return the number of entities when every team was filled; otherwise the index of the first
     *         entity that could not be staffed (no team is handed out for it or after it)
     */
    int assign(Assignment assignment, TeamConsumer onTeam);
}
