package io.fairdraw.audit;

import java.util.Objects;

/**
 * One state-changing action to record. {@code action} is an upper-snake code (its label is the
 * message key {@code audit.action.<CODE>}); {@code summary} is a short before/after text.
 * When {@code actor} is null the signed-in actor is used.
 */
public record AuditEvent(String action, String targetType, String targetId, String summary,
                         String actor, String unitCode) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        targetType = targetType == null ? "" : targetType;
        targetId = targetId == null ? "" : targetId;
        summary = summary == null ? "" : summary;
    }

    public static AuditEvent of(String action, String targetType, String targetId, String summary) {
        return new AuditEvent(action, targetType, targetId, summary, null, null);
    }

    /** The same event attributed to an explicit actor (e.g. a failed login: nobody is signed in). */
    public AuditEvent by(String actorName, String actorUnit) {
        return new AuditEvent(action, targetType, targetId, summary, actorName, actorUnit);
    }
}
