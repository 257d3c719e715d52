package io.fairdraw.inspector;

/** 在岗 / 离岗 / 退休; labels {@code inspector.status.<NAME>}. Only ON_DUTY may be drawn. */
public enum InspectorStatus {
    ON_DUTY, OFF_DUTY, RETIRED
}
