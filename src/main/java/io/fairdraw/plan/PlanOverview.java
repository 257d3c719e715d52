package io.fairdraw.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Plan deadlines for dashboards (兵自然资发〔2020〕47号 三(三): 每年3月底前制定年度抽查工作计划). */
public interface PlanOverview {

    LocalDate dueDate(int year);

    /** The status of a unit's plan of that year, if it has one. */
    Optional<PlanStatus> status(String unitCode, int year);

    /** Division bureaus and departments whose plan of that year was not submitted by the due date (as of today). */
    List<String> lateOrMissing(int year, LocalDate today);
}
