package io.fairdraw.registry.domain;

import io.fairdraw.registry.EntityStatus;
import io.fairdraw.registry.EntityView;
import io.fairdraw.shared.SupervisionField;
import io.fairdraw.registry.RiskClass;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A market entity of the 名录库, keyed by its 统一社会信用代码. Never deleted: 注销 is a status
 * transition that keeps the entity and its history (全程留痕).
 */
public record MarketEntity(String uscc, String name, String entityType, SupervisionField field, String unitCode, String address,
                           String legalRep, String licenseNo, EntityStatus status, RiskClass riskClass,
                           boolean manyComplaints, boolean abnormalOperation, boolean seriousDishonesty,
                           Instant createdAt, String createdBy, Long createdImport, Instant updatedAt,
                           String updatedBy, int version) {

    public EntityView view() {
        return view(null);
    }

    /** The view with the entity's supervising sub-office (null when none). */
    public EntityView view(String officeCode) {
        return new EntityView(uscc, name, entityType, field, unitCode, status, riskClass, manyComplaints,
                abnormalOperation, seriousDishonesty, officeCode);
    }

    /** The entity after applying the form's values (code, creation data and version kept). */
    MarketEntity with(EntityForm f) {
        return new MarketEntity(uscc, f.name().strip(), f.entityType().strip(), f.field(), f.unitCode(),
                nz(f.address()), nz(f.legalRep()), nz(f.licenseNo()), f.status(), f.riskClass(), f.manyComplaints(),
                f.abnormalOperation(), f.seriousDishonesty(), createdAt, createdBy, createdImport, updatedAt,
                updatedBy, version);
    }

    /** 注销: allowed once, from any other status. */
    MarketEntity deregistered() {
        if (status == EntityStatus.CANCELLED) {
            throw new io.fairdraw.shared.UserError(null, "registry.entity.already_cancelled", uscc);
        }
        return new MarketEntity(uscc, name, entityType, field, unitCode, address, legalRep, licenseNo,
                EntityStatus.CANCELLED, riskClass, manyComplaints, abnormalOperation, seriousDishonesty, createdAt,
                createdBy, createdImport, updatedAt, updatedBy, version);
    }

    /** 信用风险分类 changed by the credit rules. */
    MarketEntity withRiskClass(RiskClass to) {
        return new MarketEntity(uscc, name, entityType, field, unitCode, address, legalRep, licenseNo, status, to,
                manyComplaints, abnormalOperation, seriousDishonesty, createdAt, createdBy, createdImport, updatedAt,
                updatedBy, version);
    }

    /** Column → [old, new] for every column that differs (the change-history format). */
    Map<String, Object[]> diff(MarketEntity after) {
        Map<String, Object[]> d = new LinkedHashMap<>();
        put(d, "name", name, after.name);
        put(d, "entity_type", entityType, after.entityType);
        put(d, "field", field, after.field);
        put(d, "unit_code", unitCode, after.unitCode);
        put(d, "address", address, after.address);
        put(d, "legal_rep", legalRep, after.legalRep);
        put(d, "license_no", licenseNo, after.licenseNo);
        put(d, "status", status, after.status);
        put(d, "risk_class", riskClass, after.riskClass);
        put(d, "many_complaints", manyComplaints, after.manyComplaints);
        put(d, "abnormal_operation", abnormalOperation, after.abnormalOperation);
        put(d, "serious_dishonesty", seriousDishonesty, after.seriousDishonesty);
        return d;
    }

    private static void put(Map<String, Object[]> d, String column, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            d.put(column, new Object[] {str(before), str(after)});
        }
    }

    private static Object str(Object v) {
        return v instanceof Enum<?> e ? e.name() : v;
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
