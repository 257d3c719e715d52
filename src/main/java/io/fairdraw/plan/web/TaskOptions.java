package io.fairdraw.plan.web;

import java.util.List;

/** Choices of a task's scope; labels are message keys {@code task.option.<kind>.<CODE>}. */
public final class TaskOptions {

    /** 监管领域 (土地/规划/林草/矿产/测绘/其他). */
    public static final List<String> FIELDS = List.of("LAND", "PLANNING", "FOREST_GRASS", "MINERAL", "SURVEYING", "OTHER");
    /** 存续/注销/吊销. */
    public static final List<String> STATUSES = List.of("ACTIVE", "CANCELLED", "REVOKED");
    /** Flags that raise sampling weight: 投诉举报多, 列入经营异常名录, 严重违法失信. */
    public static final List<String> FLAGS = List.of("COMPLAINTS", "ABNORMAL", "SERIOUS_DISHONEST");

    private TaskOptions() {
    }
}
