package dev.kakuho.rules;

import dev.kakuho.plan.Activity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The DRL global {@code decide}: each rule's consequence records its decision here, e.g.
 * {@code decide.pass(drools).fact("planEnd", $end)}. The criteria are the rule's
 * {@code @criterion} metadata, the reason is the rule's {@code @ja}/{@code @en} text.
 */
public final class Decisions {

    public static final String GLOBAL = "decide";

    private final Map<String, RuleInfo> rules;
    private final Activity activity;
    private final Parameters parameters;
    private final List<Decision> decisions = new ArrayList<>();
    private final List<String> broken = new ArrayList<>(0);

    Decisions(Map<String, RuleInfo> rules, Activity activity, Parameters parameters) {
        this.rules = rules;
        this.activity = activity;
        this.parameters = parameters;
    }

    /** The parameters the rules ran with (a rule test may try other values): reasons print theirs. */
    public Parameters parameters() {
        return parameters;
    }

    public Decision pass(RuleContext drools) {
        return add(drools, Status.PASS, List.of());
    }

    public Decision fail(RuleContext drools) {
        return add(drools, Status.FAIL, List.of());
    }

    public Decision review(RuleContext drools) {
        return add(drools, Status.REVIEW, List.of());
    }

    public Decision notApplicable(RuleContext drools) {
        return add(drools, Status.NOT_APPLICABLE, List.of());
    }

    /** The criterion applies but the plan lacks these fields (JSON pointers). */
    public Decision missing(RuleContext drools, List<String> absent) {
        return add(drools, Status.MISSING, absent);
    }

    /** Something the reviewer must still judge about the criterion; it does not decide the status. */
    public Decision note(RuleContext drools) {
        return add(drools, null, List.of());
    }

    private Decision add(RuleContext drools, Status status, List<String> missing) {
        String name = drools.getRule().getName();
        RuleInfo rule = rules.get(name);
        Decision decision = new Decision(rule.criteriaFor(activity), name, status, missing);
        if (rule.clause() != null) {
            decision.clause(rule.clause());
        }
        decisions.add(decision);
        return decision;
    }

    /** Records a rule whose consequence broke: its decision is lost, so its criteria cannot pass. */
    void broken(String rule) {
        broken.add(rule);
    }

    public List<Decision> all() {
        return Collections.unmodifiableList(decisions);
    }

    /** The rules that threw while deciding (a fault in the rule set, which its rule tests find). */
    public List<String> broken() {
        return Collections.unmodifiableList(broken);
    }

    /** The criteria a rule decides for this plan's activity. */
    public List<String> criteriaOf(String rule) {
        RuleInfo info = rules.get(rule);
        return info == null ? List.of() : info.criteriaFor(activity);
    }
}
