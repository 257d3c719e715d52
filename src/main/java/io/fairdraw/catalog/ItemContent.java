package io.fairdraw.catalog;

import io.fairdraw.shared.SupervisionField;
import io.fairdraw.shared.UserError;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one version of a catalog item says. Always valid: in particular it always has a legal
 * basis (法律法规规章没有规定的，一律不得擅自开展检查), so no version without one can exist.
 *
 * @param legalBasis        抽查依据: one law/regulation article per entry, at least one
 * @param inspectingUnit    抽查主体: code of the unit that inspects
 * @param targetType        抽查对象
 * @param content           抽查内容
 * @param methods           抽查方式, at least one
 * @param ratioPercent      default share of the targets checked per year, in percent (0, 100]
 * @param frequencyPerYear  times per year, 1–12
 */
public record ItemContent(String name, SupervisionField field, List<String> legalBasis, String inspectingUnit,
                          String targetType, String content, Set<InspectionMethod> methods,
                          BigDecimal ratioPercent, int frequencyPerYear) {

    static final int MAX_BASIS_LENGTH = 300;

    public ItemContent {
        name = required("name", name, 100);
        Objects.requireNonNull(field, "field");
        legalBasis = legalBasis == null ? List.of()
                : legalBasis.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (legalBasis.isEmpty()) {
            throw new UserError("legalBasis", "catalog.legal_basis.required");
        }
        for (String b : legalBasis) {
            if (b.length() > MAX_BASIS_LENGTH) {
                throw new UserError("legalBasis", "catalog.legal_basis.too_long", MAX_BASIS_LENGTH);
            }
        }
        inspectingUnit = required("inspectingUnit", inspectingUnit, 32);
        targetType = required("targetType", targetType, 200);
        content = required("content", content, 2000);
        if (methods == null || methods.isEmpty()) {
            throw new UserError("methods", "catalog.methods.required");
        }
        methods = Set.copyOf(EnumSet.copyOf(methods));
        if (ratioPercent == null || ratioPercent.signum() <= 0 || ratioPercent.compareTo(BigDecimal.valueOf(100)) > 0
                || ratioPercent.stripTrailingZeros().scale() > 2) {
            throw new UserError("ratioPercent", "catalog.ratio.invalid");
        }
        if (frequencyPerYear < 1 || frequencyPerYear > 12) {
            throw new UserError("frequencyPerYear", "catalog.frequency.invalid");
        }
    }

    /** Methods in declaration order, for display. */
    public List<InspectionMethod> methodList() {
        return methods.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(methods));
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new UserError(field, "catalog." + snake(field) + ".required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new UserError(field, "catalog." + snake(field) + ".too_long", max);
        }
        return v;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
