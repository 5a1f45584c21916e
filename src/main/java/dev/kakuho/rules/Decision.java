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
    private Leaning leaning = Leaning.NEUTRAL;
    private String clause;

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

    /**
     * Which way this review item leans: {@code decide.review(drools).leaning(Leaning.AGAINST)}, or
     * shorter {@code .against()} / {@code .supports()}. Only a REVIEW or a note is a review item;
     * a leaning on any other decision is a fault in the rule (it breaks the rule's consequence, which
     * its rule tests find).
     */
    public Decision leaning(Leaning leaning) {
        if (status != null && status != Status.REVIEW) {
            throw new IllegalStateException("rule \"" + rule + "\": only decide.review or decide.note can lean, not " + status);
        }
        this.leaning = java.util.Objects.requireNonNull(leaning, "leaning");
        return this;
    }

    /** The facts lean against the plan meeting the requirement (an IRR above the hurdle rate). */
    public Decision against() {
        return leaning(Leaning.AGAINST);
    }

    /** The facts lean towards the plan meeting the requirement. */
    public Decision supports() {
        return leaning(Leaning.SUPPORTS);
    }

    /**
     * The sub-clause this decision rests on, more precise than its criterion's clause:
     * {@code .clause("第3章第6節(3)(エ)(v)")}. The rule's {@code @clause("…")} sets it for every decision
     * of the rule; this call overrides it for one. The reference must be a sub-clause clauses.yaml lists
     * (checked when the rule set loads).
     */
    public Decision clause(String ref) {
        this.clause = ref;
        return this;
    }

    /** The sub-clause this decision rests on, or null: its criterion's clause. */
    public String clause() {
        return clause;
    }

    public Leaning leaning() {
        return leaning;
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
