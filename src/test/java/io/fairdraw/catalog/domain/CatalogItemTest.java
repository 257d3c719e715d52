package io.fairdraw.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.catalog.InspectionMethod;
import io.fairdraw.catalog.ItemContent;
import io.fairdraw.catalog.ItemStatus;
import io.fairdraw.catalog.ItemVersion;
import io.fairdraw.shared.SupervisionField;
import io.fairdraw.shared.UserError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 抽查事项的版本：修订生成新版本并关闭旧版本；没有抽查依据不能成立；停用保留历史。 */
class CatalogItemTest {

    static final LocalDate D1 = LocalDate.of(2020, 11, 3);
    static final LocalDate D2 = LocalDate.of(2021, 9, 1);

    static ItemContent content(List<String> basis, String name) {
        return new ItemContent(name, SupervisionField.LAND, basis, "D01", "土地复垦义务人", "复垦方案执行情况",
                Set.of(InspectionMethod.WRITTEN, InspectionMethod.ON_SITE), new BigDecimal("5"), 1);
    }

    static CatalogItem item() {
        return CatalogItem.create("D01-TD-001", "D01", content(List.of("《土地复垦条例》第十七条"), "土地复垦"), D1, "首次发布",
                "liaison.d01", false);
    }

    @Test
    @DisplayName("修订：新版本从生效日起施行，旧版本保留并在同一天失效")
    void reviseKeepsOldVersion() {
        CatalogItem item = item();
        ItemVersion v2 = item.revise(content(List.of("《土地复垦条例》第十七条", "《土地管理法实施条例》第二十二条"), "土地复垦"),
                D2, "《土地管理法实施条例》修订", "liaison.d01");
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(item.versions()).hasSize(2);
        ItemVersion v1 = item.version(1).orElseThrow();
        assertThat(v1.content().legalBasis()).containsExactly("《土地复垦条例》第十七条");
        assertThat(v1.effectiveFrom()).isEqualTo(D1);
        assertThat(v1.effectiveTo()).isEqualTo(D2);
        assertThat(item.inForceOn(D2.minusDays(1))).contains(v1);
        assertThat(item.inForceOn(D2)).contains(item.latest());
        assertThat(item.inForceOn(D1.minusDays(1))).isEmpty();
    }

    @Test
    @DisplayName("没有抽查依据（空或只有空行）的内容不能成立")
    void legalBasisRequired() {
        for (List<String> basis : List.of(List.<String>of(), List.of("", "  "))) {
            assertThatThrownBy(() -> content(basis, "x")).isInstanceOf(UserError.class)
                    .extracting(e -> ((UserError) e).field() + ":" + ((UserError) e).messageKey())
                    .isEqualTo("legalBasis:catalog.legal_basis.required");
        }
        assertThatThrownBy(() -> content(null, "x")).isInstanceOf(UserError.class);
    }

    @Test
    @DisplayName("生效日期早于上一版本、内容无变化、缺少原因：拒绝修订，版本不变")
    void reviseRejections() {
        CatalogItem item = item();
        assertThatThrownBy(() -> item.revise(content(List.of("新依据"), "土地复垦"), D1.minusDays(1), "r", "u"))
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("catalog.effective_from.before_previous");
        assertThatThrownBy(() -> item.revise(item.latest().content(), D2, "r", "u"))
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("catalog.revise.no_change");
        assertThatThrownBy(() -> item.revise(content(List.of("新依据"), "土地复垦"), D2, " ", "u"))
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("catalog.reason.required");
        assertThat(item.versions()).hasSize(1);
        assertThat(item.latest().effectiveTo()).isNull();
    }

    @Test
    @DisplayName("停用：保留全部版本，最新版本在停用日失效，之后不能再修订")
    void retireKeepsHistory() {
        CatalogItem item = item();
        item.revise(content(List.of("新依据"), "土地复垦"), D2, "修订", "u");
        LocalDate retiredOn = LocalDate.of(2026, 1, 1);
        item.retire(retiredOn, "职责调整");
        assertThat(item.status()).isEqualTo(ItemStatus.RETIRED);
        assertThat(item.versions()).hasSize(2).allMatch(v -> v.itemStatus() == ItemStatus.RETIRED);
        assertThat(item.latest().effectiveTo()).isEqualTo(retiredOn);
        assertThat(item.inForceOn(retiredOn)).isEmpty();
        assertThat(item.inForceOn(retiredOn.minusDays(1))).isPresent();
        assertThatThrownBy(() -> item.revise(content(List.of("x"), "y"), retiredOn, "r", "u"))
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("catalog.retired");
    }

    @Test
    @DisplayName("比例须在 (0, 100] 且最多两位小数，频次 1–12")
    void ratioAndFrequency() {
        for (String r : List.of("0", "-1", "100.01", "1.234")) {
            assertThatThrownBy(() -> new ItemContent("n", SupervisionField.LAND, List.of("b"), "D01", "t", "c",
                    Set.of(InspectionMethod.WRITTEN), new BigDecimal(r), 1)).as(r)
                    .extracting(e -> ((UserError) e).messageKey()).isEqualTo("catalog.ratio.invalid");
        }
        assertThatThrownBy(() -> new ItemContent("n", SupervisionField.LAND, List.of("b"), "D01", "t", "c",
                Set.of(InspectionMethod.WRITTEN), BigDecimal.ONE, 13))
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("catalog.frequency.invalid");
        assertThat(new ItemContent("n", SupervisionField.LAND, List.of("b"), "D01", "t", "c",
                Set.of(InspectionMethod.WRITTEN), new BigDecimal("100.00"), 12).ratioPercent()).isEqualByComparingTo("100");
    }
}
