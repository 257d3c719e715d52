package io.fairdraw.plan.web;

import java.util.List;

/** Choices of a task's scope; labels are message keys keys of the modules that own them; flags {@code task.option.flag.<CODE>}. */
public final class TaskOptions {

    /** 监管领域 (土地/规划/林草/矿产/测绘/其他): labels {@code field.<NAME>}. */
    public static final List<String> FIELDS = java.util.Arrays.stream(io.fairdraw.shared.SupervisionField.values())
            .map(Enum::name).toList();
    /** 存续/注销/吊销: labels {@code registry.status.<NAME>}. */
    public static final List<String> STATUSES = java.util.Arrays.stream(io.fairdraw.registry.EntityStatus.values())
            .map(Enum::name).toList();
    /** Flags that raise sampling weight: 投诉举报多, 列入经营异常名录, 严重违法失信. */
    public static final List<String> FLAGS = List.of("COMPLAINTS", "ABNORMAL", "SERIOUS_DISHONEST");

    private TaskOptions() {
    }
}
