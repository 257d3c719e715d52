package io.fairdraw.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.TaskType;
import io.fairdraw.shared.UserError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 不定向抽查不得抽取 0 个；定向抽查须说明原因，可只抽查声明的范围（如仅 D 类）。 */
class TaskTypeRulesTest {

    static TaskForm form(String type, String reason, BigDecimal ratio, int minD, boolean seriousAll) {
        LocalDate s = LocalDate.of(2026, 4, 1);
        return new TaskForm("t", List.of(1L), 2, false, 12, 1, s, s, "beacon", Set.of(), Set.of(), "",
                Set.of("ACTIVE"), Set.of(), seriousAll, ratio, ratio, ratio, ratio, ratio, 0, 0, 0, minD, 0, null, type, reason);
    }

    static List<String> keys(TaskForm f) {
        return TaskValidator.validate(f, TaskValidatorTest.CATALOG).stream().map(UserError::messageKey).toList();
    }

    @Test
    @DisplayName("不定向（含未填类型）比例和最少数量全为 0：拒绝，错误在比例表上")
    void zeroRandomRefused() {
        assertThat(keys(form(null, null, BigDecimal.ZERO, 0, false))).containsExactly("task.sample.zero");
        assertThat(TaskValidator.validate(form("RANDOM", "", new BigDecimal("0.00"), 0, false), TaskValidatorTest.CATALOG))
                .extracting(UserError::field).containsExactly("ratioA");
        assertThat(keys(form("RANDOM", null, BigDecimal.ZERO, 1, false))).isEmpty();
        assertThat(keys(form("RANDOM", null, BigDecimal.ZERO, 0, true))).as("严重违法失信全查").isEmpty();
        assertThat(keys(form("RANDOM", null, new BigDecimal("0.01"), 0, false))).isEmpty();
    }

    @Test
    @DisplayName("定向：可为 0 或只抽声明范围，但必须说明原因；未知类型被拒绝")
    void targeted() {
        assertThat(keys(form("TARGETED", "仅抽查 D 类主体", BigDecimal.ZERO, 0, false))).isEmpty();
        assertThat(keys(form("targeted", "  ", BigDecimal.ZERO, 0, false))).containsExactly("task.type.reason_required");
        assertThat(keys(form("TARGETED", "x".repeat(501), BigDecimal.ONE, 0, false)))
                .containsExactly("task.type.reason_too_long");
        assertThat(keys(form("SOMETIMES", null, BigDecimal.ONE, 0, false))).containsExactly("task.type.invalid");
        assertThat(TaskTypeRules.declared(form("TARGETED", " 仅 D 类 ", BigDecimal.ZERO, 0, false)))
                .isEqualTo(new TaskTypes.Declared(TaskType.TARGETED, "仅 D 类"));
        assertThat(TaskTypeRules.declared(form(null, "ignored", BigDecimal.ONE, 0, false)))
                .isEqualTo(TaskTypes.Declared.RANDOM);
    }
}
