package io.fairdraw.help;

import java.util.List;
import java.util.function.Function;

/**
 * Every screenshot the manuals show, and how the browser test takes it: as which demo account, at
 * which window size, on which page. HelpManualTest holds the manuals to this list (a manual naming
 * an image that is not here fails), HelpScreenshotsBrowserIT takes exactly these.
 */
final class HelpShots {

    /** The desktop the browser tests use, and the phone (检查人员 work on a phone). */
    static final int[] DESKTOP = {1366, 900};
    static final int[] PHONE = {390, 844};

    /** {@code path} from the ids the test looked up (plan, task, draw); {@code null} = follow the page's first visit link. */
    record Shot(String file, String user, int[] size, Function<Ids, String> path) {
    }

    /** Demo data the pages show: D01's first published plan, a task of D01 with an executed draw, that draw. */
    record Ids(long planId, long drawnTaskId, String drawId) {
    }

    static final List<Shot> ALL = List.of(
            new Shot("planner-dashboard.png", "planner.d01", DESKTOP, ids -> "/"),
            new Shot("planner-plans.png", "planner.d01", DESKTOP, ids -> "/plans"),
            new Shot("planner-plan.png", "planner.d01", DESKTOP, ids -> "/plans/" + ids.planId()),
            new Shot("planner-draws.png", "planner.d01", DESKTOP, ids -> "/tasks/" + ids.drawnTaskId() + "/draws"),
            new Shot("reviewer-dashboard.png", "reviewer.d01", DESKTOP, ids -> "/"),
            new Shot("reviewer-plans.png", "reviewer.d01", DESKTOP, ids -> "/plans"),
            new Shot("reviewer-review.png", "reviewer.d01", DESKTOP, ids -> "/inspection/review"),
            new Shot("reviewer-publication.png", "reviewer.d01", DESKTOP, ids -> "/disclosure"),
            new Shot("inspector-visits.png", "inspector.d01a", PHONE, ids -> "/inspection/visits"),
            new Shot("inspector-visit.png", "inspector.d01a", PHONE, null),
            new Shot("liaison-imports.png", "liaison.d01", DESKTOP, ids -> "/registry/imports"),
            new Shot("liaison-registry.png", "liaison.d01", DESKTOP, ids -> "/registry"),
            new Shot("liaison-inspectors.png", "liaison.d01", DESKTOP, ids -> "/inspectors"),
            new Shot("liaison-accounts.png", "liaison.d01", DESKTOP, ids -> "/inspection/accounts"),
            new Shot("admin-units.png", "admin", DESKTOP, ids -> "/admin/units"),
            new Shot("admin-accounts.png", "admin", DESKTOP, ids -> "/admin/accounts"),
            new Shot("admin-calendar.png", "admin", DESKTOP, ids -> "/admin/calendar"),
            new Shot("auditor-dashboard.png", "auditor", DESKTOP, ids -> "/"),
            new Shot("auditor-audit.png", "auditor", DESKTOP, ids -> "/audit"),
            new Shot("auditor-draw.png", "auditor", DESKTOP, ids -> "/public/draws/" + ids.drawId()));

    static List<String> files() {
        return ALL.stream().map(Shot::file).toList();
    }

    private HelpShots() {
    }
}
