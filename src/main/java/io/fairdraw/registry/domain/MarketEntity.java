package io.fairdraw.registry.domain;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
 * transition that keeps the entity and its history (全程留痕). Its parts: what its registration says,
 * its standing (status, 信用风险分类 and flags) and the trail of who created and last changed it. The
 * API's JSON is flat, in this order (the parts unwrapped), as it has always been.
 */
public record MarketEntity(String uscc, @JsonUnwrapped Registration registration, @JsonUnwrapped Standing standing,
                           @JsonUnwrapped Trail trail) {

    /** What the registration says: name, type, 监管领域, the supervising unit, address, 法定代表人, licence. */
    public record Registration(String name, String entityType, SupervisionField field, String unitCode,
                               String address, String legalRep, String licenseNo) {
    }

    /** Status, 信用风险分类 and the flags the frame filters by. */
    public record Standing(EntityStatus status, RiskClass riskClass, boolean manyComplaints,
                           boolean abnormalOperation, boolean seriousDishonesty) {

        Standing withStatus(EntityStatus to) {
            return new Standing(to, riskClass, manyComplaints, abnormalOperation, seriousDishonesty);
        }

        Standing withRiskClass(RiskClass to) {
            return new Standing(status, to, manyComplaints, abnormalOperation, seriousDishonesty);
        }
    }

    /** Who created the entity (by hand or by which import) and last changed it; {@code version} for optimistic locking. */
    public record Trail(Instant createdAt, String createdBy, Long createdImport, Instant updatedAt, String updatedBy,
                        int version) {
        /** A new entity's trail: the database fills it in on insert. */
        static final Trail NEW = new Trail(null, null, null, null, null, 0);
    }

    public EntityView view() {
        return view(null);
    }

    /** The view with the entity's supervising sub-office (null when none). */
    public EntityView view(String officeCode) {
        return new EntityView(uscc, name(), entityType(), field(), unitCode(), status(), riskClass(), manyComplaints(),
                abnormalOperation(), seriousDishonesty(), officeCode);
    }

    /** A new entity with the form's values. */
    static MarketEntity of(String uscc, EntityForm f) {
        return new MarketEntity(uscc, registration(f), standing(f), Trail.NEW);
    }

    /** The entity after applying the form's values (code, creation data and version kept). */
    MarketEntity with(EntityForm f) {
        return new MarketEntity(uscc, registration(f), standing(f), trail);
    }

    private static Registration registration(EntityForm f) {
        return new Registration(f.name().strip(), f.entityType().strip(), f.field(), f.unitCode(), nz(f.address()),
                nz(f.legalRep()), nz(f.licenseNo()));
    }

    private static Standing standing(EntityForm f) {
        return new Standing(f.status(), f.riskClass(), f.manyComplaints(), f.abnormalOperation(), f.seriousDishonesty());
    }

    /** 注销: allowed once, from any other status. */
    MarketEntity deregistered() {
        if (status() == EntityStatus.CANCELLED) {
            throw new io.fairdraw.shared.UserError(null, "registry.entity.already_cancelled", uscc);
        }
        return new MarketEntity(uscc, registration, standing.withStatus(EntityStatus.CANCELLED), trail);
    }

    /** 信用风险分类 changed by the credit rules. */
    MarketEntity withRiskClass(RiskClass to) {
        return new MarketEntity(uscc, registration, standing.withRiskClass(to), trail);
    }

    // The flat reading the pages, the form and the repository use.
    public String name() { return registration.name(); }
    public String entityType() { return registration.entityType(); }
    public SupervisionField field() { return registration.field(); }
    public String unitCode() { return registration.unitCode(); }
    public String address() { return registration.address(); }
    public String legalRep() { return registration.legalRep(); }
    public String licenseNo() { return registration.licenseNo(); }
    public EntityStatus status() { return standing.status(); }
    public RiskClass riskClass() { return standing.riskClass(); }
    public boolean manyComplaints() { return standing.manyComplaints(); }
    public boolean abnormalOperation() { return standing.abnormalOperation(); }
    public boolean seriousDishonesty() { return standing.seriousDishonesty(); }
    public Instant createdAt() { return trail.createdAt(); }
    public String createdBy() { return trail.createdBy(); }
    public Long createdImport() { return trail.createdImport(); }
    public Instant updatedAt() { return trail.updatedAt(); }
    public String updatedBy() { return trail.updatedBy(); }
    public int version() { return trail.version(); }

    /** Column → [old, new] for every column that differs (the change-history format). */
    Map<String, Object[]> diff(MarketEntity after) {
        Map<String, Object[]> d = new LinkedHashMap<>();
        put(d, "name", name(), after.name());
        put(d, "entity_type", entityType(), after.entityType());
        put(d, "field", field(), after.field());
        put(d, "unit_code", unitCode(), after.unitCode());
        put(d, "address", address(), after.address());
        put(d, "legal_rep", legalRep(), after.legalRep());
        put(d, "license_no", licenseNo(), after.licenseNo());
        put(d, "status", status(), after.status());
        put(d, "risk_class", riskClass(), after.riskClass());
        put(d, "many_complaints", manyComplaints(), after.manyComplaints());
        put(d, "abnormal_operation", abnormalOperation(), after.abnormalOperation());
        put(d, "serious_dishonesty", seriousDishonesty(), after.seriousDishonesty());
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
