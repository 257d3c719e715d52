package io.fairdraw.plan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Issue 19 item 1, pure arithmetic: an item's published ratio (比例) is the share of its frame the
 * year's tasks must inspect together, its frequency (频次, 次/年) how many of them must cover it.
 * The item's frame is the union of the frames of the tasks covering it; its planned share is the
 * sum of their samples over that union. Strata may differ (差异化监管: A lower, C and D higher) as
 * long as the total holds.
 */
final class CoverageCalculator {

    /** The catalog's published floor of an item. */
    record Floor(String code, String name, BigDecimal ratioPercent, int frequency) {
    }

    /** One task of the year: the items it covers (by code), its planned sample and its frame (USCCs). */
    record TaskFact(String taskCode, Set<String> itemCodes, int sample, Set<String> frame) {
    }

    /**
     * Required vs planned for one item. {@code plannedPercent} is null when no task covers the
     * item or its frame is empty (nothing to share out); the share is then short only if tasks
     * are missing, which the frequency already says.
     */
    record ItemCoverage(String code, String name, BigDecimal requiredPercent, int requiredFrequency,
                        BigDecimal plannedPercent, int plannedFrequency, int sample, int frameSize) {

        public boolean shareShort() {
            return frameSize > 0 && BigDecimal.valueOf(sample).multiply(BigDecimal.valueOf(100))
                    .compareTo(requiredPercent.multiply(BigDecimal.valueOf(frameSize))) < 0;
        }

        public boolean frequencyShort() {
            return plannedFrequency < requiredFrequency;
        }

        public boolean belowFloor() {
            return shareShort() || frequencyShort();
        }
    }

    private CoverageCalculator() {
    }

    static List<ItemCoverage> coverage(List<Floor> floors, List<TaskFact> tasks) {
        List<ItemCoverage> out = new ArrayList<>();
        for (Floor f : floors) {
            int frequency = 0;
            int sample = 0;
            Set<String> frame = new HashSet<>();
            for (TaskFact t : tasks) {
                if (t.itemCodes().contains(f.code())) {
                    frequency++;
                    sample += t.sample();
                    frame.addAll(t.frame());
                }
            }
            BigDecimal planned = frame.isEmpty() ? null : BigDecimal.valueOf(sample).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(frame.size()), 2, RoundingMode.DOWN);
            out.add(new ItemCoverage(f.code(), f.name(), f.ratioPercent().stripTrailingZeros(), f.frequency(), planned,
                    frequency, sample, frame.size()));
        }
        return out;
    }
}
