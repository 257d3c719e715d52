package io.fairdraw.draw;

import java.util.List;

/**
 * Events of the draw module. Both are published inside the transaction of the change, so a
 * listener that writes (the inspection module's visits) commits or rolls back with the draw.
 */
public final class DrawEvents {

    private DrawEvents() {
    }

    /** One drawn entity: one visit covering every item of the task (联合抽查，原则上一次性完成). */
    public record Visit(String uscc, String orgCode, List<String> inspectors) {
        public Visit {
            inspectors = List.copyOf(inspectors);
        }
    }

    /** FD-DRAW-1 §2 done: the selected entities in selection order, each with its team. */
    public record DrawExecuted(String drawId, long taskId, List<String> itemCodes, List<Visit> visits) {
        public DrawExecuted {
            itemCodes = List.copyOf(itemCodes);
            visits = List.copyOf(visits);
        }
    }

    /** FD-DRAW-1 §3: {@code out} left the team of {@code uscc}, {@code in} took the place. */
    public record InspectorSubstituted(String drawId, String uscc, String out, String in, String reason) {
    }

    /** A PLANNER asked to substitute {@code out} on {@code uscc}'s team (issue 21 item 1: the unit's REVIEWER is told). */
    public record SubstitutionRequested(long requestId, String drawId, long taskId, String unitCode, String uscc,
                                        String out) {
    }

    /** A REVIEWER approved or refused a substitution request: it no longer waits. */
    public record SubstitutionDecided(long requestId, String drawId, String unitCode) {
    }
}
