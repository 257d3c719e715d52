package io.fairdraw.audit.web;

import io.fairdraw.audit.domain.AuditRow;

/**
 * One audit entry as a person reads it (issue 21 item 2): the action, the object and the summary
 * through the message bundles. The stored row is untouched: its bytes are hashed into the chain and
 * the transparency log, so translation happens here, at display time only.
 *
 * @param action  the action's label, or its code when a label is missing
 * @param object  e.g. 检查记录 #5
 * @param href    the object's page, or null when it has none
 * @param summary the summary with its known words and codes translated; {@code row.summary()} is the original
 */
record AuditLine(AuditRow row, String action, String object, String href, String summary) {

    public boolean translated() {
        return !summary.equals(row.summary());
    }
}
