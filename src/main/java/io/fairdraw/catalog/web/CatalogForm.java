package io.fairdraw.catalog.web;

import io.fairdraw.catalog.InspectionMethod;
import io.fairdraw.catalog.ItemContent;
import io.fairdraw.catalog.ItemVersion;
import io.fairdraw.shared.SupervisionField;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new item or a revision, as typed: the legal basis is one article per line. Used by the form
 * and, as JSON, by the API. {@code code} is only read when creating.
 */
record CatalogForm(
        String code,
        @NotBlank(message = "{catalog.name.required}") @Size(max = 100, message = "{catalog.name.too_long}") String name,
        @NotNull(message = "{catalog.field.required}") SupervisionField field,
        @NotBlank(message = "{catalog.legal_basis.required}") String legalBasis,
        @NotBlank(message = "{catalog.inspecting_unit.required}") String inspectingUnit,
        @NotBlank(message = "{catalog.target_type.required}")
        @Size(max = 200, message = "{catalog.target_type.too_long}") String targetType,
        @NotBlank(message = "{catalog.content.required}")
        @Size(max = 2000, message = "{catalog.content.too_long}") String content,
        @NotEmpty(message = "{catalog.methods.required}") Set<InspectionMethod> methods,
        @NotNull(message = "{catalog.ratio.invalid}") @DecimalMin(value = "0.01", message = "{catalog.ratio.invalid}")
        @DecimalMax(value = "100", message = "{catalog.ratio.invalid}")
        @Digits(integer = 3, fraction = 2, message = "{catalog.ratio.invalid}") BigDecimal ratioPercent,
        @NotNull(message = "{catalog.frequency.invalid}") @Min(value = 1, message = "{catalog.frequency.invalid}")
        @Max(value = 12, message = "{catalog.frequency.invalid}") Integer frequencyPerYear,
        @NotNull(message = "{catalog.effective_from.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate effectiveFrom,
        @NotBlank(message = "{catalog.reason.required}") @Size(max = 200, message = "{catalog.reason.too_long}")
        String reason) {

    /** Validated again by {@link ItemContent} (the domain guard: no version without a legal basis). */
    ItemContent toContent() {
        return new ItemContent(name, field, legalBasis == null ? null : Arrays.asList(legalBasis.split("\\R")),
                inspectingUnit, targetType, content, methods, ratioPercent,
                frequencyPerYear == null ? 0 : frequencyPerYear);
    }

    /** A revision form pre-filled with the latest version, effective from {@code from}. */
    static CatalogForm of(ItemVersion v, LocalDate from) {
        ItemContent c = v.content();
        return new CatalogForm(v.code(), c.name(), c.field(), String.join("\n", c.legalBasis()), c.inspectingUnit(),
                c.targetType(), c.content(), c.methods(), c.ratioPercent(), c.frequencyPerYear(), from, "");
    }
}
