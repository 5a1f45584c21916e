package dev.kakuho.plan;

/** How far the ore offtake right (鉱石引取権) has got. */
public enum OfftakeRightStatus {
    NONE,
    FUTURE_RIGHT_AGREED,
    ACQUIRED
}
