package dev.kakuho.plan;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The project the plan is for. */
public class Project {

    @Schema(description = "Project name (事業名).")
    @Size(max = 500)
    private String name;

    @Schema(ref = PlanCodes.COUNTRY_CODE, description = "Country of the project (実施国): an ISO 3166-1 alpha-2 code.")
    private String country;

    @Schema(description = "Region within that country (地域).")
    @Size(max = 500)
    private String region;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
