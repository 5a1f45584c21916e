package dev.kakuho.plan;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change application (変更の認定). */
public class Change {

    @Schema(description = "Reason for extension (延長の理由): for a change that extends an exploration period, why it must run longer.")
    @Size(max = 20000)
    private String extensionRationale;

    public String getExtensionRationale() {
        return extensionRationale;
    }

    public void setExtensionRationale(String extensionRationale) {
        this.extensionRationale = extensionRationale;
    }
}
