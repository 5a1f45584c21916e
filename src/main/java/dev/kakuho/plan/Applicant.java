package dev.kakuho.plan;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The applicant company. */
public class Applicant {

    @Schema(description = "Company name (名称).")
    @Size(max = 500)
    private String name;

    @Schema(pattern = CorporateNumber.PATTERN, description = "Corporate number (法人番号): 13 digits, the first a check digit (9 − the sum of the other 12 digits weighted 1, 2, 1, 2, … from the right, mod 9). A wrong check digit is refused.")
    @CorporateNumber
    private String corporateNumber;

    @Schema(description = "Role (事業への関与): OPERATOR, the applicant runs the project (事業主体), or PARTICIPANT, it takes part in another company's project (事業参画).")
    private Role role;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCorporateNumber() {
        return corporateNumber;
    }

    public void setCorporateNumber(String corporateNumber) {
        this.corporateNumber = corporateNumber;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
