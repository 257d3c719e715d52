package io.fairdraw.registry.domain;

import io.fairdraw.registry.EntityStatus;
import io.fairdraw.shared.SupervisionField;
import io.fairdraw.registry.RiskClass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Manual create/edit of an entity; the same rules as the import template (DESIGN.md §5). */
public record EntityForm(
        String uscc,
        @NotBlank(message = "{registry.entity.name.required}") @Size(max = 200, message = "{registry.entity.name.too_long}") String name,
        @NotBlank(message = "{registry.entity.type.required}") @Size(max = 50, message = "{registry.entity.type.too_long}") String entityType,
        @NotNull(message = "{registry.entity.field.required}") SupervisionField field,
        @NotBlank(message = "{registry.entity.unit.required}") String unitCode,
        @Size(max = 200, message = "{registry.entity.address.too_long}") String address,
        @Size(max = 50, message = "{registry.entity.legal_rep.too_long}") String legalRep,
        @Size(max = 100, message = "{registry.entity.license_no.too_long}") String licenseNo,
        @NotNull(message = "{registry.entity.status.required}") EntityStatus status,
        RiskClass riskClass,
        boolean manyComplaints,
        boolean abnormalOperation,
        boolean seriousDishonesty) {

    public static EntityForm of(MarketEntity e) {
        return new EntityForm(e.uscc(), e.name(), e.entityType(), e.field(), e.unitCode(), e.address(), e.legalRep(),
                e.licenseNo(), e.status(), e.riskClass(), e.manyComplaints(), e.abnormalOperation(),
                e.seriousDishonesty());
    }

    public static EntityForm blank(String unitCode) {
        return new EntityForm("", "", "", null, unitCode, "", "", "", EntityStatus.ACTIVE, null, false, false, false);
    }
}
