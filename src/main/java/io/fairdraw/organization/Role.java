package io.fairdraw.organization;

/** The roles of DESIGN.md §2. Labels: message keys {@code role.<NAME>}. */
public enum Role {
    ADMIN, LIAISON, PLANNER, REVIEWER, INSPECTOR, AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
