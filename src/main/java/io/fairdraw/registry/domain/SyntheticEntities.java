package io.fairdraw.registry.domain;

import io.fairdraw.registry.EntityStatus;
import io.fairdraw.shared.SupervisionField;
import io.fairdraw.registry.RiskClass;
import io.fairdraw.shared.UnifiedSocialCreditCode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;

/**
 * Deterministic, realistic-looking market entities for the demo registry and the import benchmark:
 * valid codes with the division's region code, Chinese names by field, plausible status, risk and
 * flag frequencies. Word lists are in {@code seed/registry-synthetic.properties}; same seed, same data.
 */
public final class SyntheticEntities {

    /** One entity; enums as names (the demo seeding) — {@link #templateRow} gives import-file text. */
    public record Row(String uscc, String name, String entityType, SupervisionField field, String unitCode, String address,
                      String legalRep, String licenseNo, EntityStatus status, RiskClass riskClass,
                      boolean manyComplaints, boolean abnormalOperation, boolean seriousDishonesty) {
    }

    private final SplittableRandom rnd;
    private final Properties words = new Properties();
    private final List<String> units;
    private final Map<String, String> regions = new HashMap<>();
    private final Map<String, String> cities = new HashMap<>();

    public SyntheticEntities(long seed, List<String> unitCodes) {
        this.rnd = new SplittableRandom(seed);
        try (Reader in = new InputStreamReader(SyntheticEntities.class.getClassLoader()
                .getResourceAsStream("seed/registry-synthetic.properties"), StandardCharsets.UTF_8)) {
            words.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pairs("regions", regions);
        pairs("cities", cities);
        this.units = List.copyOf(unitCodes);
    }

    public Row next() {
        String unit = units.get(rnd.nextInt(units.size()));
        SupervisionField field = SupervisionField.values()[weighted(30, 15, 20, 20, 10, 5)];
        String type = pick("types");
        String city = cities.getOrDefault(unit, "");
        String name = city + pick("brands") + pick("brands").charAt(0) + pick("industry." + field.name())
                + pick("suffix." + type);
        String address = String.format(words.getProperty("address"), city, pick("streets"), 1 + rnd.nextInt(999));
        String person = pick("surnames") + pick("given") + (rnd.nextBoolean() ? pick("given") : "");
        String license = field == SupervisionField.MINERAL ? "C" + regions.getOrDefault(unit, "659000") + (2010 + rnd.nextInt(16))
                + String.format("%07d", rnd.nextInt(10_000_000)) : rnd.nextInt(4) == 0 ? "" : "L" + rnd.nextInt(1_000_000_000);
        EntityStatus status = EntityStatus.values()[weighted(92, 5, 3)];
        int r = weighted(30, 30, 25, 10, 5);
        RiskClass risk = r == 0 ? null : RiskClass.values()[r - 1];
        return new Row(UnifiedSocialCreditCode.random(rnd, regions.getOrDefault(unit, "659000")).value(), name, type,
                field, unit, address, person, license, status, risk, rnd.nextInt(100) < 3, rnd.nextInt(100) < 4,
                rnd.nextInt(100) < 2);
    }

    /** The row as the import template's ten cells, with the given labels for field and status. */
    public static List<String> templateRow(Row r, Map<SupervisionField, String> fieldLabels, Map<EntityStatus, String> statusLabels) {
        return Arrays.asList(r.uscc(), r.name(), r.entityType(), fieldLabels.get(r.field()), r.unitCode(), r.address(),
                r.legalRep(), r.licenseNo(), statusLabels.get(r.status()), r.riskClass() == null ? "" : r.riskClass().name());
    }

    private int weighted(int... weights) {
        int total = Arrays.stream(weights).sum();
        int x = rnd.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private String pick(String key) {
        String[] options = words.getProperty(key, "").split(",");
        return options[rnd.nextInt(options.length)];
    }

    private void pairs(String key, Map<String, String> into) {
        for (String p : words.getProperty(key, "").split(",")) {
            String[] kv = p.split(":");
            into.put(kv[0], kv[1]);
        }
    }
}
