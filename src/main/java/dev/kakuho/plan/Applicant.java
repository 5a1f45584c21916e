package dev.kakuho.plan;

import jakarta.validation.constraints.Size;

/** The applicant company. */
public class Applicant {

    @Size(max = 500)
    private String name;

    @CorporateNumber
    private String corporateNumber;

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
