package io.fairdraw.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.registry.EntityStatus;
import io.fairdraw.registry.RiskClass;
import io.fairdraw.shared.SupervisionField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/v1/registry/entities/{uscc}: the entity's JSON stays flat, with the same names in the same order. */
class MarketEntityJsonTest {

    @Test
    @DisplayName("主体 JSON 字段名与顺序不因值对象分组而改变")
    void flatJsonWithTheSameNames() {
        MarketEntity e = new MarketEntity("91650000MA77XXXX0A",
                new MarketEntity.Registration("某公司", "有限责任公司", SupervisionField.LAND, "D01", "地址", "张三", "L-1"),
                new MarketEntity.Standing(EntityStatus.ACTIVE, RiskClass.B, true, false, true),
                new MarketEntity.Trail(Instant.parse("2026-01-01T00:00:00Z"), "admin", 7L,
                        Instant.parse("2026-02-01T00:00:00Z"), "editor", 3));
        JsonNode json = JsonMapper.builder().build().valueToTree(e);
        List<String> names = new ArrayList<>(json.propertyNames());
        assertThat(names).containsExactly("uscc", "name", "entityType", "field", "unitCode", "address", "legalRep",
                "licenseNo", "status", "riskClass", "manyComplaints", "abnormalOperation", "seriousDishonesty",
                "createdAt", "createdBy", "createdImport", "updatedAt", "updatedBy", "version");
        assertThat(json.get("name").asString()).isEqualTo("某公司");
        assertThat(json.get("createdImport").asLong()).isEqualTo(7L);
        assertThat(json.get("version").asInt()).isEqualTo(3);
    }
}
