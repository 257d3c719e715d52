package io.fairdraw.inspection.domain;

import java.time.Instant;
import java.util.List;

/**
 * 检查任务: one drawn entity of a draw, inspected by its team; covers every item of the task
 * (联合抽查: the items of every partner too). {@code inspectors} are directory ids.
 */
public record Visit(long id, String drawId, long taskId, String uscc, String orgCode, List<String> inspectors,
                    List<String> itemCodes, String status, Instant approvedAt, Instant createdAt) {

    public Visit {
        inspectors = List.copyOf(inspectors);
        itemCodes = List.copyOf(itemCodes);
    }

    public boolean hasMember(String inspectorId) {
        return inspectorId != null && inspectors.contains(inspectorId);
    }
}
