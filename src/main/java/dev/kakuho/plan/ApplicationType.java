package dev.kakuho.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A first application, or an application for a change (変更の認定). */
@Schema(description = "NEW 新規の認定 (a first application) or CHANGE 変更の認定 (an application for a change).")
public enum ApplicationType {
    NEW,
    CHANGE
}
