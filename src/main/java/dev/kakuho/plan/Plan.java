package dev.kakuho.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A supply-assurance plan (供給確保計画) as posted: field names are the contract with portals
 * (docs/plan-contract.md). Nested objects are never null, so rules can write
 * {@code period.end} without guarding; whether the plan gave a field is asked with {@link #absent}.
 */
@Schema(description = "A supply-assurance plan (供給確保計画) as a portal posts it. Every field is optional except planId, "
        + "applicationDate, mineral and activity: an absent (or null) field makes the criteria that need it MISSING. "
        + "A field not listed here, a value of the wrong type or outside its range, pattern or code list, a period.end "
        + "before period.start, an implausible applicationDate or a 法人番号 with a wrong check digit is refused with 400.")
public class Plan {

    @Schema(description = "Plan identifier (計画番号): the applicant's or portal's own id, 1 to 64 of A-Z a-z 0-9 . _ -. Repeated in the report.")
    @NotNull(message = "is required")
    @Pattern(regexp = "^[A-Za-z0-9._-]{1,64}$", message = "must be 1 to 64 of A-Z a-z 0-9 . _ -")
    private String planId;

    @Schema(description = "Application date (申請日), YYYY-MM-DD. Picks the revision of the rules that judges the plan (附則). Must not be after period.end, nor later than today plus evaluation.application-date-horizon (one year by default).")
    @NotNull(message = "is required")
    private LocalDate applicationDate;

    @Schema(description = "Application type (申請区分): NEW, a first application (default), or CHANGE, an application for a change (変更の認定).")
    private ApplicationType applicationType = ApplicationType.NEW;

    @Schema(description = "Change application (変更の認定): facts of an application to change a certified plan.")
    @Valid
    private Change change = new Change();

    @Schema(description = "Specified critical material (特定重要物資) whose rule set applies; CRITICAL_MINERALS (default) is the only one.")
    private Material material = Material.CRITICAL_MINERALS;

    @Schema(ref = PlanCodes.MINERAL_CODE, required = true, description = "Mineral (鉱種): a code of the mineral code list (the minerals of the rule sets' names.yaml). A code the policy does not cover, such as COPPER, is accepted and fails scope.mineral; a value outside the list is refused.")
    @NotNull(message = "is required")
    private String mineral;

    @Schema(description = "Activity (取組の類型) of 第3章第1節: exploration/FS, mine development, refining, or technology development. Decides which criteria apply.")
    @NotNull(message = "is required")
    private Activity activity;

    @Schema(description = "Applicant (申請者): the company applying.")
    @Valid
    private Applicant applicant = new Applicant();

    @Schema(description = "Project (事業): what the plan is for and where.")
    @Valid
    private Project project = new Project();

    @Schema(description = "Plan period (計画期間) and its milestones.")
    @Valid
    private Period period = new Period();

    @Schema(description = "Mining interests (鉱山権益等).")
    @Valid
    private MiningInterest miningInterest = new MiningInterest();

    @Schema(description = "Ore offtake right (鉱石引取権).")
    @Valid
    private Offtake offtake = new Offtake();

    @Schema(description = "Supply to Japan (本邦への供給).")
    @Valid
    private SupplyToJapan supplyToJapan = new SupplyToJapan();

    @Schema(description = "Dependency (依存度): Japan's import share from the one country it depends on, now and with the plan.")
    @Valid
    private Dependency dependency = new Dependency();

    @Schema(description = "Economics (事業性) and the special-case facts (特例性) of 第3章第2節.")
    @Valid
    private Economics economics = new Economics();

    @Schema(description = "Technology development (技術開発) facts.")
    @Valid
    private Technology technology = new Technology();

    @Schema(description = "Supply stability (安定供給の確保) of 第3章第3節.")
    @Valid
    private SupplyStability supplyStability = new SupplyStability();

    @Schema(description = "Implementation structure (実施体制) of 第3章第5節, with the funding.")
    @Valid
    private Implementation implementation = new Implementation();

    @Schema(description = "Continuous investment (継続的な投資): whether the applicant commits to keep investing in the business through the plan period.")
    private Boolean continuousInvestment;

    @Schema(description = "Measures against leaking core technology (技術流出防止措置) of 第3章第6節(3).")
    @Valid
    private TechLeakPrevention techLeakPrevention = new TechLeakPrevention();

    @Schema(description = "Joint application (共同申請) by several companies, 第3章第7節.")
    @Valid
    private JointApplication jointApplication = new JointApplication();

    @Schema(description = "Considerations (配慮事項) the minister takes into account, 第3章第8節.")
    @Valid
    private Considerations considerations = new Considerations();

    @Schema(hidden = true)
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
