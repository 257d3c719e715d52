package io.fairdraw.registry.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.UnitKind;
import io.fairdraw.registry.RegistrySetup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Demo data: {@value #DEMO_ENTITIES} synthetic entities across the divisions, same every time. */
@Service
class DemoRegistry implements RegistrySetup {

    static final int DEMO_ENTITIES = 3_500;
    static final long SEED = 20_261_127L;
    private static final Logger log = LoggerFactory.getLogger(DemoRegistry.class);

    private final EntityRepository entities;
    private final Organization organization;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    DemoRegistry(EntityRepository entities, Organization organization, JdbcTemplate jdbc, AuditLog audit) {
        this.entities = entities;
        this.organization = organization;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void seedDemoIfEmpty() {
        if (entities.count() > 0) {
            return;
        }
        List<String> divisions = organization.units().stream().filter(u -> u.kind() == UnitKind.DIVISION)
                .map(Organization.UnitView::code).sorted().toList();
        if (divisions.isEmpty()) {
            return;
        }
        SyntheticEntities gen = new SyntheticEntities(SEED, divisions);
        Set<String> codes = new HashSet<>();
        List<Object[]> rows = new ArrayList<>(DEMO_ENTITIES);
        while (rows.size() < DEMO_ENTITIES) {
            SyntheticEntities.Row r = gen.next();
            if (codes.add(r.uscc())) {
                rows.add(new Object[] {r.uscc(), r.name(), r.entityType(), r.field().name(), r.unitCode(), r.address(),
                        r.legalRep(), r.licenseNo(), r.status().name(),
                        r.riskClass() == null ? null : r.riskClass().name(), r.manyComplaints(),
                        r.abnormalOperation(), r.seriousDishonesty()});
            }
        }
        jdbc.batchUpdate("INSERT INTO registry_entity (uscc, name, entity_type, field, unit_code, address, legal_rep, "
                + "license_no, status, risk_class, many_complaints, abnormal_operation, serious_dishonesty, "
                + "created_by, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'system','system')", rows);
        audit.record(AuditEvent.of("REGISTRY_SEEDED", "registry_entity", "", DEMO_ENTITIES + " demo entities")
                .by("system", ""));
        log.info("Seeded {} demo market entities", DEMO_ENTITIES);
    }
}
