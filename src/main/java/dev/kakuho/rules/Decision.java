package dev.kakuho.rules;

import dev.kakuho.plan.PlanItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one rule decided, written by the rule's consequence:
 * {@code decide.fail(drools).fact("requiredEnd", $required)}. A decision with a {@code subject}
 * is a finding about one element of the plan (one planned transfer, one supplier).
 */
public final class Decision {

    private final List<String> criteria;
    private final String rule;
    private final Status status;
    private final List<String> missing;
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private String subject;
    private List<Remedy> remedies = List.of();

    Decision(List<String> criteria, String rule, Status status, List<String> missing) {
        this.criteria = criteria;
        this.rule = rule;
        this.status = status;
        this.missing = List.copyOf(missing);
    }

    /** Adds a figure or plan value that decided this, shown to the reviewer and usable in the rule's reason as {name}. */
    public Decision fact(String name, Object value) {
        facts.put(name, value);
        return this;
    }

    /**
     * What the plan must change for a FAIL to pass, for a form to highlight the field:
     * {@code .remedy("/period/end", ">=", $requiredEnd)}; operators {@code >=, <=, >, <, ==},
     * {@code one of} (with the list of allowed values) and {@code required}. A remedy only shows on a
     * FAIL or MISSING result; a MISSING decision gets {@code required} for each absent field by itself.
     * A malformed remedy (no pointer, an unknown operator) breaks the rule's consequence, which its
     * rule tests find.
     */
    public Decision remedy(String pointer, String operator, Object value) {
        Remedy remedy = new Remedy(pointer, Remedy.Operator.of(operator), value);
        if (remedies.isEmpty()) {
            remedies = new ArrayList<>(2);
        }
        remedies.add(remedy);
        return this;
    }

    /** The remedies the rule wrote, then {@code required} for each absent field. */
    public List<Remedy> remedies() {
        if (missing.isEmpty()) {
            return Collections.unmodifiableList(remedies);
        }
        List<Remedy> all = new ArrayList<>(remedies.size() + missing.size());
        all.addAll(remedies);
        missing.forEach(pointer -> all.add(Remedy.required(pointer)));
        return all;
    }

    /** Makes this a finding about one element of the plan. */
    public Decision about(PlanItem item) {
        this.subject = item.getPointer();
        return this;
    }

    /** The criteria decided: those the rule's {@code @criterion} names for the plan's activity. */
    public List<String> criteria() {
        return criteria;
    }

    public String rule() {
        return rule;
    }

    /** The status decided, or null for a note: something a reviewer must still judge, which decides nothing. */
    public Status status() {
        return status;
    }

    public boolean isNote() {
        return status == null;
    }

    public List<String> missing() {
        return missing;
    }

    public Map<String, Object> facts() {
        return Collections.unmodifiableMap(facts);
    }

    public String subject() {
        return subject;
    }
}
