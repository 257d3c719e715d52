package io.fairdraw.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.shared.UserError;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TaskValidatorTest {

    /** An in-memory catalog: the real one cannot even store an item without a legal basis. */
    static final ItemCatalog CATALOG = new ItemCatalog() {
        final Map<Long, ItemRef> items = Map.of(
                1L, new ItemRef(1, "OK-1", "ok", "D01", "LAND", true, false, 3, "basis"),
                2L, new ItemRef(2, "OLD-1", "old", "D01", "LAND", true, true, 3, "basis"),
                3L, new ItemRef(3, "NB-1", "no basis", "D01", "LAND", false, false, 3, ""));

        @Override
        public Optional<ItemRef> version(long versionId) {
            return Optional.ofNullable(items.get(versionId));
        }

        @Override
        public Map<Long, ItemRef> versions(java.util.Collection<Long> versionIds) {
            Map<Long, ItemRef> out = new java.util.HashMap<>(items);
            out.keySet().retainAll(versionIds);
            return out;
        }

        @Override
        public List<ItemRef> current(Set<String> unitCodes) {
            return List.copyOf(items.values());
        }
    };

    static TaskForm form(List<Long> items, Integer team, LocalDate start, LocalDate end) {
        TaskForm b = TaskForm.blank(items, start, end, "D01", 3);
        return new TaskForm("t", items, team, false, 12, 1, start, end, "beacon", Set.of(), Set.of(), "",
                Set.of("ACTIVE"), Set.of(), false, b.ratioA(), b.ratioB(), b.ratioC(), b.ratioD(), b.ratioX(),
                0, 0, 0, 0, 0, null, null, null);
    }

    static List<String> keys(TaskForm f) {
        return TaskValidator.validate(f, CATALOG).stream().map(UserError::messageKey).toList();
    }

    @Test
    @DisplayName("没有抽查依据的事项、停用事项、不存在的事项各自被拒绝")
    void items() {
        LocalDate s = LocalDate.of(2026, 4, 1);
        assertThat(keys(form(List.of(1L), 2, s, s))).isEmpty();
        assertThat(keys(form(List.of(3L), 2, s, s))).containsExactly("task.item.no_legal_basis");
        assertThat(keys(form(List.of(2L), 2, s, s))).containsExactly("task.item.retired");
        assertThat(keys(form(List.of(99L), 2, s, s))).containsExactly("task.item.unknown");
        assertThat(keys(form(List.of(), 2, s, s))).containsExactly("task.items.required");
    }

    @Test
    @DisplayName("人数不少于 2，期限完整且不倒置；所有问题一次列出")
    void teamAndPeriod() {
        LocalDate s = LocalDate.of(2026, 4, 1);
        assertThat(keys(form(List.of(1L), 1, s, s))).containsExactly("task.team.too_small");
        assertThat(keys(form(List.of(1L), null, s, s))).containsExactly("task.team.too_small");
        assertThat(keys(form(List.of(1L), 2, null, s))).containsExactly("task.period.required");
        assertThat(keys(form(List.of(1L), 2, s, s.minusDays(1)))).containsExactly("task.period.reversed");
        assertThat(keys(form(List.of(3L), 1, null, null))).containsExactly("task.item.no_legal_basis",
                "task.team.too_small", "task.period.required");
    }

    @Test
    @DisplayName("比例以百分比填写，按基点保存；严重违法失信全查时 D 类为 100%")
    void ratios() {
        LocalDate s = LocalDate.of(2026, 4, 1);
        TaskForm f = form(List.of(1L), 2, s, s);
        assertThat(f.ratios().get("C").ratioBp()).isEqualTo(600);
        TaskForm all = new TaskForm("t", List.of(1L), 2, false, 12, 1, s, s, "b", Set.of(), Set.of(), "", Set.of(),
                Set.of(), true, new java.math.BigDecimal("2.5"), null, null, null, null, 0, 0, 0, 0, 0, null, null, null);
        assertThat(all.ratios().get("A").ratioBp()).isEqualTo(250);
        assertThat(all.ratios().get("D").ratioBp()).isEqualTo(10000);
        assertThat(TaskValidator.validate(all, CATALOG)).extracting(UserError::messageKey)
                .contains("task.ratio.invalid");
    }
}
