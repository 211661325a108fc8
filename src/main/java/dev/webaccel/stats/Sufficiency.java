package dev.webaccel.stats;

/** Whether two sample sets can be compared at all; anything but SUFFICIENT means "no number, here is why". */
public enum Sufficiency {
    SUFFICIENT,
    NOT_ENOUGH_DATA,
    BELOW_TIMER_RESOLUTION
}
