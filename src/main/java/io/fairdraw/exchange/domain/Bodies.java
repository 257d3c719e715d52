package io.fairdraw.exchange.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The body of each message type: records, so the JSON keys are fixed and in this order (the schema
 * docs/integration.md documents). Dates are ISO strings; no personal data beyond what the portal
 * publishes (inspectors by their directory id, as the public draw page).
 */
final class Bodies {

    private Bodies() {
    }

    record CatalogVersion(String code, long versionId, int versionNo, String unitCode, String status, String name,
                          String field, List<String> legalBasis, String inspectingUnit, String targetType,
                          String content, List<String> methods, BigDecimal ratioPercent, int frequencyPerYear,
                          String effectiveFrom, String effectiveTo) {
    }

    record Plan(long planId, String unitCode, int year, String title, String kind, String publishedAt,
                List<Task> tasks) {
    }

    record Task(long taskId, String code, String name, String type, String typeReason, String periodStart,
                String periodEnd, Set<String> units, List<Item> items) {
    }

    record Item(String code, long versionId, String name, String legalBasis, String unitCode) {
    }

    record Draw(String drawId, long taskId, List<String> itemCodes, List<Visit> visits) {
    }

    record Visit(int order, String uscc, String orgCode, List<String> inspectors) {
    }

    /** Written at approval; {@code publishedOn}, {@code dueOn} and {@code onTime} are added when published. */
    record Result(long recordId, Long correctsRecordId, long taskId, String taskName, int year, String unitCode,
                  String drawId, String uscc, String entityName, String inspectionDate, String approvedOn,
                  List<ItemResult> items, String publishedOn, String dueOn, Boolean onTime) {

        Result published(String publishedOn, String dueOn, boolean onTime) {
            return new Result(recordId, correctsRecordId, taskId, taskName, year, unitCode, drawId, uscc, entityName,
                    inspectionDate, approvedOn, items, publishedOn, dueOn, onTime);
        }
    }

    record ItemResult(String itemCode, int itemVersion, String itemName, String category, String disposal) {
    }

    record CreditChange(String uscc, String fromClass, String toClass, String ruleCode, Long inspectionRecordId,
                        String changedOn) {
    }
}
