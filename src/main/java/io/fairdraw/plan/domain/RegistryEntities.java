package io.fairdraw.plan.domain;

import io.fairdraw.plan.FrameRules;
import io.fairdraw.registry.EntityView;
import io.fairdraw.registry.Registry;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** {@link EntitySource} over the registry (名录库): the candidates a task's frame is cut from. */
@Component
class RegistryEntities implements EntitySource {

    private final Registry registry;

    RegistryEntities(Registry registry) {
        this.registry = registry;
    }

    @Override
    public void forEach(Set<String> unitCodes, Consumer<FrameRules.Candidate> consumer) {
        registry.forEachInUnits(unitCodes, e -> consumer.accept(candidate(e)));
    }

    static FrameRules.Candidate candidate(EntityView e) {
        Set<String> flags = new HashSet<>(3);
        if (e.manyComplaints()) {
            flags.add("COMPLAINTS");
        }
        if (e.abnormalOperation()) {
            flags.add("ABNORMAL");
        }
        if (e.seriousDishonesty()) {
            flags.add(FrameRules.SERIOUS_FLAG);
        }
        return new FrameRules.Candidate(e.uscc(), e.unitCode(), e.field().name(), e.entityType(), e.status().name(),
                e.riskClass() == null ? null : e.riskClass().name(), flags, e.orgCode());
    }
}
