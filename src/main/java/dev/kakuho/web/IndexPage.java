package dev.kakuho.web;

import dev.kakuho.plan.FieldError;
import dev.kakuho.report.Report;
import dev.kakuho.rules.Language;
import java.util.List;

/**
 * The page at {@code /}: the form to paste or upload a plan, the bundled examples, and, after a plan
 * that could not be evaluated, its problems placed beside the lines of the plan they concern.
 */
public record IndexPage(Language language, List<ExampleGroup> examples, String selectedExample, String planText,
                        Problems problems) {

    /** The examples of one folder (one activity). */
    public record ExampleGroup(String name, List<Examples.Example> examples) {
    }

    /**
     * Why a plan was not evaluated: {@code kind} is {@code invalid-plan}, {@code malformed-json},
     * {@code no-rule-set-for-date} or {@code unknown-example}; {@code detail} the service's own words
     * and {@code clause} the provision cited, when there is one.
     */
    public record Problems(String kind, String detail, List<PlanListing.Placed> errors, PlanListing listing,
                           Report.Clause clause) {

        public int count() {
            return errors.size();
        }

        public boolean noRuleSet() {
            return "no-rule-set-for-date".equals(kind);
        }

        /** An upload over the body limit: {@code detail} holds the limit in bytes. */
        public boolean tooLarge() {
            return "body-too-large".equals(kind);
        }

        public boolean unknownExample() {
            return "unknown-example".equals(kind);
        }

        static Problems of(String kind, String detail, String text, List<FieldError> errors, Report.Clause clause) {
            PlanListing listing = PlanListing.of(text, errors);
            return new Problems(kind, detail, listing.errors(), listing, clause);
        }
    }

    public String lang() {
        return language.code();
    }
}
