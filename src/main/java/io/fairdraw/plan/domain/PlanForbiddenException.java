package io.fairdraw.plan.domain;

import io.fairdraw.organization.Role;

/** The actor lacks the role, or belongs to another unit (403). */
public class PlanForbiddenException extends org.springframework.security.access.AccessDeniedException {

    public PlanForbiddenException(Role role, String unitCode) {
        super("requires " + role + " of unit " + unitCode);
    }
}
