package dev.kakuho.rules;

import dev.kakuho.plan.PlanItem;
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
