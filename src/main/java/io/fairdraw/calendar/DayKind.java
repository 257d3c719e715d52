package io.fairdraw.calendar;

/** How an official notice changes an individual date. */
public enum DayKind {
    /** 法定节假日 or a weekday given off in lieu: not a working day. */
    HOLIDAY,
    /** 调休上班: a Saturday or Sunday that is a working day. */
    WORKDAY
}
