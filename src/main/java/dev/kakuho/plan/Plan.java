package dev.kakuho.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A supply-assurance plan (供給確保計画) as posted: field names are the contract with portals
 * (docs/plan-contract.md). Nested objects are never null, so rules can write
 * {@code period.end} without guarding; whether the plan gave a field is asked with {@link #absent}.
 */
public class Plan {

    @NotNull(message = "is required")
    @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1 to 64 of A-Z a-z 0-9 . _ -")
    private String planId;

    @NotNull(message = "is required")
    private LocalDate applicationDate;

    private ApplicationType applicationType = ApplicationType.NEW;

    @Valid
    private Change change = new Change();

    private Material material = Material.CRITICAL_MINERALS;

    @NotNull(message = "is required")
    @Size(min = 1, max = 64)
    private String mineral;

    @NotNull(message = "is required")
    private Activity activity;

    @Valid
    private Applicant applicant = new Applicant();

    @Valid
    private Project project = new Project();

    @Valid
    private Period period = new Period();

    @Valid
    private MiningInterest miningInterest = new MiningInterest();

    @Valid
    private Offtake offtake = new Offtake();

    @Valid
    private SupplyToJapan supplyToJapan = new SupplyToJapan();

    @Valid
    private Dependency dependency = new Dependency();

    @Valid
    private Economics economics = new Economics();

    @Valid
    private Technology technology = new Technology();

    @Valid
    private SupplyStability supplyStability = new SupplyStability();

    @Valid
    private Implementation implementation = new Implementation();

    private Boolean continuousInvestment;

    @Valid
    private TechLeakPrevention techLeakPrevention = new TechLeakPrevention();

    @Valid
    private JointApplication jointApplication = new JointApplication();

    @Valid
    private Considerations considerations = new Considerations();

    private JsonNode source = MissingNode.getInstance();

    public String getPlanId() {
        return planId;
    }

    public void setPlanId(String planId) {
        this.planId = planId;
    }

    public LocalDate getApplicationDate() {
        return applicationDate;
    }

    public void setApplicationDate(LocalDate applicationDate) {
        this.applicationDate = applicationDate;
    }

    public ApplicationType getApplicationType() {
        return applicationType;
    }

    public void setApplicationType(ApplicationType applicationType) {
        this.applicationType = applicationType == null ? ApplicationType.NEW : applicationType;
    }

    public Change getChange() {
        return change;
    }

    public void setChange(Change change) {
        this.change = change == null ? new Change() : change;
    }

    public Material getMaterial() {
        return material;
    }

    public void setMaterial(Material material) {
        this.material = material == null ? Material.CRITICAL_MINERALS : material;
    }

    public String getMineral() {
        return mineral;
    }

    public void setMineral(String mineral) {
        this.mineral = mineral;
    }

    public Activity getActivity() {
        return activity;
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public void setApplicant(Applicant applicant) {
        this.applicant = applicant == null ? new Applicant() : applicant;
    }

    public Project getProject() {
        return project;
    }

    public void setProject(Project project) {
        this.project = project == null ? new Project() : project;
    }

    public Period getPeriod() {
        return period;
    }

    public void setPeriod(Period period) {
        this.period = period == null ? new Period() : period;
    }

    public MiningInterest getMiningInterest() {
        return miningInterest;
    }

    public void setMiningInterest(MiningInterest miningInterest) {
        this.miningInterest = miningInterest == null ? new MiningInterest() : miningInterest;
    }

    public Offtake getOfftake() {
        return offtake;
    }

    public void setOfftake(Offtake offtake) {
        this.offtake = offtake == null ? new Offtake() : offtake;
    }

    public SupplyToJapan getSupplyToJapan() {
        return supplyToJapan;
    }

    public void setSupplyToJapan(SupplyToJapan supplyToJapan) {
        this.supplyToJapan = supplyToJapan == null ? new SupplyToJapan() : supplyToJapan;
    }

    public Dependency getDependency() {
        return dependency;
    }

    public void setDependency(Dependency dependency) {
        this.dependency = dependency == null ? new Dependency() : dependency;
    }

    public Economics getEconomics() {
        return economics;
    }

    public void setEconomics(Economics economics) {
        this.economics = economics == null ? new Economics() : economics;
    }

    public Technology getTechnology() {
        return technology;
    }

    public void setTechnology(Technology technology) {
        this.technology = technology == null ? new Technology() : technology;
    }

    public SupplyStability getSupplyStability() {
        return supplyStability;
    }

    public void setSupplyStability(SupplyStability supplyStability) {
        this.supplyStability = supplyStability == null ? new SupplyStability() : supplyStability;
    }

    public Implementation getImplementation() {
        return implementation;
    }

    public void setImplementation(Implementation implementation) {
        this.implementation = implementation == null ? new Implementation() : implementation;
    }

    public Boolean getContinuousInvestment() {
        return continuousInvestment;
    }

    public void setContinuousInvestment(Boolean continuousInvestment) {
        this.continuousInvestment = continuousInvestment;
    }

    public TechLeakPrevention getTechLeakPrevention() {
        return techLeakPrevention;
    }

    public void setTechLeakPrevention(TechLeakPrevention techLeakPrevention) {
        this.techLeakPrevention = techLeakPrevention == null ? new TechLeakPrevention() : techLeakPrevention;
    }

    public JointApplication getJointApplication() {
        return jointApplication;
    }

    public void setJointApplication(JointApplication jointApplication) {
        this.jointApplication = jointApplication == null ? new JointApplication() : jointApplication;
    }

    public Considerations getConsiderations() {
        return considerations;
    }

    public void setConsiderations(Considerations considerations) {
        this.considerations = considerations == null ? new Considerations() : considerations;
    }

    /** The posted JSON this plan was read from. */
    @JsonIgnore
    public JsonNode getSource() {
        return source;
    }

    void setSource(JsonNode source) {
        this.source = source;
    }

    private static final Map<String, JsonPointer> POINTERS = new ConcurrentHashMap<>();

    /**
     * The given JSON pointers that the plan leaves out (absent, null or a blank string), in the order
     * given: what a MISSING result names. An empty array counts as given.
     */
    public List<String> absent(String... pointers) {
        return absent(source, "", pointers);
    }

    /** The pointers, each relative to {@code node}, whose value is absent there; named with {@code prefix}. */
    static List<String> absent(JsonNode node, String prefix, String... pointers) {
        List<String> absent = new ArrayList<>(0);
        for (String pointer : pointers) {
            String relative = pointer.startsWith("/") ? pointer : "/" + pointer;
            JsonNode value = node.at(POINTERS.computeIfAbsent(relative, JsonPointer::compile));
            if (value.isMissingNode() || value.isNull() || value.isTextual() && value.textValue().isBlank()) {
                absent.add(prefix + relative);
            }
        }
        return absent;
    }
}
