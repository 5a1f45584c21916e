package dev.kakuho.plan;

import jakarta.validation.Valid;
import java.util.List;

/** Measures against leaking core technology (第6節(3)). */
public class TechLeakPrevention {

    private List<@Valid CoreTechnology> coreTechnologies = List.of();

    private @Valid AccessControl accessControl = new AccessControl();

    private @Valid EmployeeMeasures employeeMeasures = new EmployeeMeasures();

    private List<@Valid Supplier> suppliers = List.of();

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
