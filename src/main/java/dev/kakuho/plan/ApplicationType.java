package dev.kakuho.plan;

/** A first application, or an application for a change (変更の認定). */
public enum ApplicationType {
    NEW,
    CHANGE
}
