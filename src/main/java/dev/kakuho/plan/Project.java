package dev.kakuho.plan;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The project the plan is for. */
public class Project {

    @Size(max = 500)
    private String name;

    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as AU")
    private String country;

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
