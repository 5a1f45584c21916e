package dev.kakuho.plan;

import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Measures against leaking core technology (第6節(3)). */
public class TechLeakPrevention {

    @Schema(description = "Core technologies (コア技術) the plan names.")
    private List<@Valid CoreTechnology> coreTechnologies = List.of();

    @Schema(description = "Access control (アクセス管理) for core technologies, 第6節(3)(ア).")
    private @Valid AccessControl accessControl = new AccessControl();

    @Schema(description = "Measures for employees with access (従業員に係る措置), 第6節(3)(イ).")
    private @Valid EmployeeMeasures employeeMeasures = new EmployeeMeasures();

    @Schema(description = "Suppliers (取引先) and the measures taken with each, 第6節(3)(ウ).")
    private List<@Valid Supplier> suppliers = List.of();

    @Schema(description = "Planned acts towards another party or country (技術移転等の予定), 第6節(3)(エ).")
    private List<@Valid PlannedTransfer> plannedTransfers = List.of();

    public List<CoreTechnology> getCoreTechnologies() {
        return coreTechnologies;
    }

    public void setCoreTechnologies(List<CoreTechnology> coreTechnologies) {
        this.coreTechnologies = coreTechnologies == null ? List.of() : coreTechnologies;
    }

    public AccessControl getAccessControl() {
        return accessControl;
    }

    public void setAccessControl(AccessControl accessControl) {
        this.accessControl = accessControl == null ? new AccessControl() : accessControl;
    }

    public EmployeeMeasures getEmployeeMeasures() {
        return employeeMeasures;
    }

    public void setEmployeeMeasures(EmployeeMeasures employeeMeasures) {
        this.employeeMeasures = employeeMeasures == null ? new EmployeeMeasures() : employeeMeasures;
    }

    public List<Supplier> getSuppliers() {
        return suppliers;
    }

    public void setSuppliers(List<Supplier> suppliers) {
        this.suppliers = suppliers == null ? List.of() : suppliers;
    }

    public List<PlannedTransfer> getPlannedTransfers() {
        return plannedTransfers;
    }

    public void setPlannedTransfers(List<PlannedTransfer> plannedTransfers) {
        this.plannedTransfers = plannedTransfers == null ? List.of() : plannedTransfers;
    }
}
