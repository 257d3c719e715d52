package io.fairdraw.registry.domain;

import java.util.List;

/**
 * A row that was not imported: its number (header = row 1), one (column, message) pair per
 * problem, and the original cell values in template order for the error report.
 */
public record RejectedRow(int row, List<String> columns, List<String> messages, List<String> original) {
}
