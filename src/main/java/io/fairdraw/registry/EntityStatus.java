package io.fairdraw.registry;

/** 登记状态 of an entity; labels {@code registry.status.<NAME>}. Only ACTIVE entities are inspected. */
public enum EntityStatus {
    /** 存续. */
    ACTIVE,
    /** 注销. */
    CANCELLED,
    /** 吊销. */
    REVOKED
}
