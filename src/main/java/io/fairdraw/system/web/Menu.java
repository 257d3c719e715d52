package io.fairdraw.system.web;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The side menu: each entry names the roles that see it (DESIGN.md §2). Labels are message keys.
 * Modules add their entries here as they arrive.
 */
final class Menu {

    record Item(String key, String href, String icon, Set<Role> roles) {
        boolean visibleTo(FairdrawUser user) {
            return roles.isEmpty() || user.roles().stream().anyMatch(roles::contains);
        }
    }

    private static final Set<Role> ALL = EnumSet.noneOf(Role.class);

    static final List<Item> ITEMS = List.of(
            new Item("menu.dashboard", "/", "house", ALL),
            new Item("menu.my_unit", "/units/mine", "building", EnumSet.of(Role.LIAISON, Role.PLANNER,
                    Role.REVIEWER, Role.INSPECTOR)),
            new Item("menu.catalog", "/catalog", "list-check", ALL),
            new Item("menu.registry", "/registry", "card-list", ALL),
            new Item("menu.registry.imports", "/registry/imports", "upload", EnumSet.of(Role.LIAISON)),
            new Item("menu.inspectors", "/inspectors", "person-badge", EnumSet.of(Role.LIAISON, Role.PLANNER,
                    Role.REVIEWER, Role.AUDITOR, Role.ADMIN)),
            new Item("menu.plans", "/plans", "calendar-check", EnumSet.of(Role.PLANNER, Role.REVIEWER, Role.AUDITOR)),
            new Item("menu.report", "/report", "bar-chart", EnumSet.of(Role.PLANNER, Role.REVIEWER, Role.AUDITOR)),
            // issue 21 item 1: inspectors are told of drawn visits and returned records.
            new Item("menu.notifications", "/notifications", "bell", EnumSet.of(Role.LIAISON, Role.PLANNER,
                    Role.REVIEWER, Role.INSPECTOR)),
            new Item("menu.inspection.visits", "/inspection/visits", "clipboard-check", EnumSet.of(Role.INSPECTOR)),
            new Item("menu.inspection.accounts", "/inspection/accounts", "person-check", EnumSet.of(Role.LIAISON)),
            new Item("menu.inspection.review", "/inspection/review", "check2-square", EnumSet.of(Role.REVIEWER)),
            new Item("menu.credit.rules", "/credit/rules", "shield-exclamation", EnumSet.of(Role.ADMIN, Role.AUDITOR)),
            new Item("menu.publication", "/disclosure", "megaphone", EnumSet.of(Role.REVIEWER)),
            new Item("menu.portal", "/public", "globe", ALL),
            new Item("menu.admin.units", "/admin/units", "diagram-3", EnumSet.of(Role.ADMIN)),
            new Item("menu.admin.accounts", "/admin/accounts", "people", EnumSet.of(Role.ADMIN)),
            new Item("menu.admin.calendar", "/admin/calendar", "calendar", EnumSet.of(Role.ADMIN)),
            new Item("menu.audit", "/audit", "journal-check", EnumSet.of(Role.AUDITOR, Role.ADMIN)),
            new Item("menu.api_docs", "/swagger-ui.html", "braces", EnumSet.of(Role.ADMIN, Role.AUDITOR)),
            new Item("menu.password", "/profile/password", "key", ALL),
            // --- draw: beacon sources (issue 17) ---
            new Item("menu.admin.beacon_sources", "/admin/beacon-sources", "dice-5", EnumSet.of(Role.ADMIN)),
            // --- inspection: 后续处置 (issue 19 item 4) ---
            new Item("menu.inspection.follow_ups", "/inspection/follow-ups", "arrow-repeat",
                    EnumSet.of(Role.INSPECTOR, Role.PLANNER, Role.REVIEWER)),
            // --- exchange: 信息归集 deliveries and receivers, and the daily file drop (issue 20 item 2) ---
            new Item("menu.admin.exchange", "/admin/exchange/deliveries", "send", EnumSet.of(Role.ADMIN)),
            new Item("menu.admin.file_drops", "/admin/file-drops", "file-earmark-arrow-up", EnumSet.of(Role.ADMIN)));

    private Menu() {
    }

    static List<Item> forUser(FairdrawUser user) {
        return ITEMS.stream().filter(i -> i.visibleTo(user)).toList();
    }
}
