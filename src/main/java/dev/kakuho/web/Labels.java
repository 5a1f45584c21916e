package dev.kakuho.web;

import dev.kakuho.records.Judgement;
import dev.kakuho.report.Outcome;
import dev.kakuho.rules.Leaning;
import dev.kakuho.rules.Status;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The labels of the page and the HTML report: English here, Japanese in
 * {@code src/main/resources/messages/msg_ja.properties}. Templates use them as {@code {msg:name}}; the
 * language is the template instance's locale. Reasons are not here: the report carries them, written
 * in its language by the rules.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Labels {

    @Message("Supply-assurance plan evaluator")
    String appName();

    @Message("Language")
    String language();

    // the page at /

    @Message("Evaluate a supply-assurance plan")
    String indexTitle();

    @Message("Paste a plan in JSON, upload a plan file, or pick one of the bundled examples. The report judges it against "
            + "chapter 3 of the critical-minerals policy, clause by clause.")
    String indexIntro();

    @Message("Your plan")
    String planTitle();

    @Message("Paste the plan (JSON)")
    String pasteLabel();

    @Message("or upload a plan file")
    String uploadLabel();

    @Message("A file, when chosen, is evaluated instead of the pasted text.")
    String uploadNote();

    @Message("Evaluate")
    String evaluate();

    @Message("Bundled examples")
    String examplesTitle();

    @Message("Example plan")
    String exampleLabel();

    @Message("Evaluate the example")
    String evaluateExample();

    @Message("Open in the editor")
    String loadExample();

    @Message("No example plans are installed.")
    String noExamples();

    @Message("{#if count == 1}The plan has 1 problem{#else}The plan has {count} problems{/if}")
    String problemsTitle(int count);

    @Message("Each problem is marked beside the line of the field it concerns; fix the plan below and evaluate it again.")
    String problemsIntro();

    @Message("The text is not well-formed JSON; it is shown as sent, with the line where reading stopped marked.")
    String malformedNote();

    @Message("No loaded revision of the rules judges this application")
    String noRuleSetTitle();

    @Message("Field (JSON pointer)")
    String field();

    @Message("Problem")
    String problem();

    @Message("Line")
    String line();

    @Message("The plan as submitted")
    String listingTitle();

    @Message("The example {id} is not among the bundled examples.")
    String unknownExample(String id);

    @Message("The plan file is too large: at most {limit} bytes are accepted. Choose a smaller file, or paste the plan.")
    String tooLarge(String limit);

    // the report

    @Message("Evaluation report")
    String reportTitle();

    @Message("Outcome")
    String outcomeLabel();

    @Message("{#when outcome}{#is PASS}Meets the certification requirements{#is FAIL}Does not meet the certification requirements"
            + "{#is INCOMPLETE}Incomplete: the plan lacks facts a criterion needs{/when}")
    String outcome(Outcome outcome);

    @Message("{#when status}{#is FAIL}Fail{#is MISSING}Missing{#is REVIEW}Review{#is PASS}Pass{#is NOT_APPLICABLE}Not applicable{/when}")
    String status(Status status);

    @Message("{#when activity}{#is 'EXPLORATION_FS'}Exploration and feasibility studies{#is 'MINE_DEVELOPMENT'}Mine development"
            + "{#is 'REFINING'}Beneficiation and refining{#is 'TECHNOLOGY_DEVELOPMENT'}Technology development{#else}{activity}{/when}")
    String activity(String activity);

    @Message("Plan")
    String planId();

    @Message("Activity")
    String activityLabel();

    @Message("Mineral")
    String mineral();

    @Message("Rules")
    String ruleSet();

    @Message("revision of {date}")
    String revision(java.time.LocalDate date);

    @Message("Policy")
    String source();

    @Message("Rule-set hash")
    String contentHash();

    @Message("Evaluated")
    String evaluatedAt();

    @Message("Criteria by status")
    String counts();

    @Message("Failing or incomplete")
    String attentionTitle();

    @Message("No criterion fails or lacks facts.")
    String attentionNone();

    @Message("For the reviewer to judge")
    String reviewTitle();

    @Message("These matters are for the reviewer's judgement; they never block a PASS. Tick each one once judged.")
    String reviewIntro();

    @Message("Nothing is left for the reviewer to judge.")
    String reviewNone();

    @Message("{#when leaning}{#is AGAINST}Leans against{#is NEUTRAL}Neutral{#is SUPPORTS}Leans in favour{/when}")
    String leaning(Leaning leaning);

    @Message("Review items by leaning")
    String leaningCounts();

    @Message("Those whose facts lean against the plan come first. The leaning is the rules' reading of the facts; "
            + "the judgement is the reviewer's.")
    String leaningNote();

    @Message("Evidence in the plan")
    String evidence();

    @Message("Criteria by section of the policy")
    String criteriaTitle();

    @Message("Clause (quoted in Japanese)")
    String clauseText();

    @Message("Summary")
    String clauseSummary();

    @Message("The item it rests on:")
    String subClause();

    @Message("Reason")
    String reason();

    @Message("Facts")
    String facts();

    @Message("Missing fields")
    String missing();

    @Message("Item by item")
    String findings();

    @Message("Share of the national 2030 targets (for information)")
    String targetsTitle();

    @Message("Target")
    String target();

    @Message("Target (t/year)")
    String targetTonnes();

    @Message("This plan (t/year)")
    String planTonnes();

    @Message("Share")
    String share();

    @Message("Warnings about the rules")
    String warnings();

    @Message("Print")
    String print();

    @Message("Evaluate another plan")
    String another();

    @Message("This report stays at this address for {minutes} minutes after the evaluation, in the service's memory only "
            + "(until {until}). Print it or save it to keep it.")
    String keptNote(long minutes, String until);

    @Message("This report is kept at this address as an evaluation record until {until}, with a signed receipt.")
    String recordedNote(String until);

    @Message("Report not found")
    String notFoundTitle();

    @Message("This report has expired or never existed: reports are kept for {minutes} minutes, in memory only. "
            + "Evaluate the plan again.")
    String notFoundText(long minutes);

    @Message("There is no report at this address: it never existed, or its record has been deleted after its keeping time.")
    String notFoundRecorded();

    @Message("{#when open}{#is 0}Every review item has a judgement.{#is 1}1 review item has no judgement yet.{#else}{open} review items have no judgement yet.{/when}")
    String openItems(int open);

    @Message("{#when verdict}{#is AGREES}Agrees{#is DISAGREES}Does not agree{#is NEEDS_INFORMATION}Needs more information{/when}")
    String verdict(Judgement.Verdict verdict);

    @Message("Agrees")
    String verdictAgrees();

    @Message("Does not agree")
    String verdictDisagrees();

    @Message("Needs more information")
    String verdictNeedsInformation();

    @Message("Judgement")
    String judgementLabel();

    @Message("Reviewer")
    String reviewerLabel();

    @Message("Note")
    String noteLabel();

    @Message("Record the judgement")
    String recordJudgement();

    @Message("No judgement yet")
    String noJudgement();

    @Message("{verdict} — {reviewer}, {at}")
    String judgedBy(String verdict, String reviewer, String at);

    @Message("Conclusion on the plan")
    String conclusionTitle();

    @Message("Judgements recorded (newest last; none is ever overwritten)")
    String judgementHistory();

    @Message("The judgement was not recorded: {problem}")
    String judgementRefused(String problem);

    @Message("Judgements can be recorded only on a report kept as an evaluation record.")
    String judgementsNeedRecord();

    @Message("Not applicable")
    String notApplicableTitle();

    @Message("Receipt")
    String receiptTitle();

    @Message("Applicant")
    String applicantLabel();

    @Message("Corporate number")
    String corporateNumberLabel();

    @Message("Project")
    String projectLabel();

    @Message("Application")
    String applicationLabel();

    @Message("New application")
    String applicationNew();

    @Message("Application for a change")
    String applicationChange();

    @Message("Plan period")
    String periodLabel();
}
