package io.fairdraw.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.credit.domain.CreditService;
import io.fairdraw.support.AppIT;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 信用修复：连续两年无有效信用记录和分类调整的主体降低一类，调整写入日志；近期有记录的主体不变。 */
@AppIT
class CreditCleanRuleIT {

    @Autowired
    CreditService credit;

    @Autowired
    JdbcClient jdbc;

    private String entity(String unit, int offset) {
        return jdbc.sql("SELECT uscc FROM registry_entity WHERE unit_code = ? AND uscc NOT IN (SELECT uscc FROM credit_record) "
                + "ORDER BY uscc OFFSET ? LIMIT 1").params(unit, offset).query(String.class).single();
    }

    private void history(String uscc, LocalDate approvedOn, String item) {
        jdbc.sql("UPDATE registry_entity SET risk_class = 'C' WHERE uscc = ?").param(uscc).update();
        jdbc.sql("INSERT INTO credit_record (uscc, entity_name, inspection_record, unit_code, item_code, item_name, category, "
                        + "severity, found_on, approved_on) VALUES (?, 'IT', 0, 'D13', ?, 'IT', 'PENDING_FOLLOW_UP', 'GENERAL', ?, ?)")
                .params(uscc, item, java.sql.Date.valueOf(approvedOn), java.sql.Date.valueOf(approvedOn)).update();
    }

    private String riskClass(String uscc) {
        return jdbc.sql("SELECT risk_class FROM registry_entity WHERE uscc = ?").param(uscc).query(String.class).single();
    }

    @Test
    @DisplayName("两年前的违法违规记录之后再无记录：C 类降为 B 类并记录规则；一年前有记录的主体仍为 C 类")
    void cleanForTwoYearsMovesDownOneClass() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String old = entity("D13", 0);
        String recent = entity("D13", 1);
        history(old, today.minusYears(3), "IT-CLEAN-OLD");
        history(recent, today.minusYears(1), "IT-CLEAN-RECENT");

        credit.applyCleanRules();

        assertThat(riskClass(old)).isEqualTo("B");
        assertThat(riskClass(recent)).isEqualTo("C");
        assertThat(jdbc.sql("SELECT count(*) FROM credit_class_change WHERE uscc = ? AND from_class = 'C' AND to_class = 'B' "
                + "AND rule_code = 'CLEAN_TWO_YEARS'").param(old).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'CREDIT_CLASS_CHANGED' AND target_id = ?")
                .param(old).query(Integer.class).single()).isEqualTo(1);
        // The change itself restarts the two years: running again changes nothing.
        credit.applyCleanRules();
        assertThat(riskClass(old)).isEqualTo("B");
    }
}
