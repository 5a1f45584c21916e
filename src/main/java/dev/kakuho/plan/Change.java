package dev.kakuho.plan;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change application (変更の認定). */
public class Change {

    @Size(max = 20000)
    private String extensionRationale;

    /**
     * For a change that shortens a period below its minimum: the worsening of the economic or
     * international situation it is due to (第3章第4節 「外生的な状況の悪化等に起因する場合に限り」).
     */
    @Schema(description = "Exogenous cause (外生的な原因): for a change that shortens a period below its minimum, the worsening of "
            + "the social, economic or international situation it is due to (第3章第4節).")
    @Size(max = 20000)
    private String exogenousCause;

    public String getExtensionRationale() {
        return extensionRationale;
    }

    public void setExtensionRationale(String extensionRationale) {
        this.extensionRationale = extensionRationale;
    }

    public String getExogenousCause() {
        return exogenousCause;
    }

    public void setExogenousCause(String exogenousCause) {
        this.exogenousCause = exogenousCause;
    }
}
