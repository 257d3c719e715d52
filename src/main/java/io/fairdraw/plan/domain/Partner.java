package io.fairdraw.plan.domain;

/** A unit invited to a joint task (联合抽查): it confirms, then contributes items and inspectors. */
public record Partner(long taskId, String unitCode, Status status, String invitedBy, String answeredBy) {

    public enum Status {
        INVITED, CONFIRMED, DECLINED
    }
}
