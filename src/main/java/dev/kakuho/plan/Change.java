package dev.kakuho.plan;

import jakarta.validation.constraints.Size;

/** A change application (変更の認定). */
public class Change {

    @Size(max = 20000)
    private String extensionRationale;

    public String getExtensionRationale() {
        return extensionRationale;
    }

    public void setExtensionRationale(String extensionRationale) {
        this.extensionRationale = extensionRationale;
    }
}
