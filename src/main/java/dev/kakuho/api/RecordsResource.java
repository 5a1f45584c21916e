package dev.kakuho.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakuho.evaluation.RecordReplay;
import dev.kakuho.plan.FieldError;
import dev.kakuho.records.EvaluationRecord;
import dev.kakuho.records.Receipt;
import dev.kakuho.records.RecordPage;
import dev.kakuho.records.RecordQuery;
import dev.kakuho.records.RecordStore;
import dev.kakuho.report.Outcome;
import dev.kakuho.rules.Language;
import dev.kakuho.web.ReportPages;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The evaluation records: one by id (JSON, or the report page for a browser), its plan as received,
 * its receipt with the exact bytes signed, a list by plan, outcome and time, a replay under the same
 * rules, and (admin only) deleting every record of a plan. Records hold plans: every operation needs
 * a credential ({@link RecordsAccess}).
 */
@Path("/api/v1/records")
public class RecordsResource {

    static final int MAX_LIMIT = 500;

    @Inject
    RecordStore records;

    @Inject
    RecordReplay replays;

    @Inject
    ReportPages pages;

    @Inject
    ObjectMapper json;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RecordsAccess
    @Operation(summary = "An evaluation record", description = "When, who (the API key's id), the plan as received and its "
            + "SHA-256, the rule set (id, revision, content hash), the application version, the outcome, the report in the "
            + "language asked (lang or Accept-Language) and its receipt. With Accept: text/html, the report page.")
    public Response record(@PathParam("id") String id, @QueryParam("lang") String lang, HttpHeaders headers) {
        EvaluationRecord record = find(id);
        Language language = available(record, EvaluationResource.language(headers, lang));
        ObjectNode answer = json.createObjectNode();
        answer.put("id", record.id());
        answer.put("createdAt", record.createdAt().toString());
        answer.put("caller", record.caller());
        answer.put("planId", record.planId());
        answer.put("planSha256", record.planSha256());
        answer.set("ruleSet", json.valueToTree(record.ruleSet()));
        answer.put("applicationVersion", record.applicationVersion());
        answer.put("outcome", record.outcome().name());
        answer.put("reportAddress", "/reports/" + record.id());
        answer.set("languages", json.valueToTree(record.reports().keySet().stream().map(Language::code).sorted().toList()));
        answer.set("receipt", json.valueToTree(record.receipt(language)));
        // the plan and the report as they were, not read and written again (which could change how numbers look)
        String metadata = answer.toString();
        String body = metadata.substring(0, metadata.length() - 1) + ",\"plan\":" + planJson(record.plan())
                + ",\"report\":" + record.reports().get(language).json() + "}";
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}")
    @Produces(PageResource.HTML)
    @RecordsAccess
    @Operation(hidden = true)
    public Response recordPage(@PathParam("id") String id, @QueryParam("lang") String lang, HttpHeaders headers) {
        EvaluationRecord record = find(id);
        Language language = EvaluationResource.language(headers, lang);
        return PageResource.html(200, pages.report(pages.stored(record), language));
    }

    @GET
    @Path("{id}/plan")
    @Produces(MediaType.APPLICATION_JSON)
    @RecordsAccess
    @Operation(summary = "The plan of a record, byte for byte as received", description = "Its SHA-256 is the record's planSha256.")
    public Response plan(@PathParam("id") String id) {
        return Response.ok(find(id).plan(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/receipt")
    @Produces(MediaType.APPLICATION_JSON)
    @RecordsAccess
    @Operation(summary = "The receipt of a record's report, with the exact bytes signed",
            description = "payload: base64 of the canonical JSON {\"receipt\": <receipt without signature>, \"report\": <report>}; "
                    + "receipt.signature: base64 Ed25519 signature over it, verifiable with the key of /api/v1/receipts/key.")
    public Response receipt(@PathParam("id") String id, @QueryParam("lang") String lang, HttpHeaders headers) {
        EvaluationRecord record = find(id);
        Language language = available(record, EvaluationResource.language(headers, lang));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("receipt", record.receipt(language));
        answer.put("payload", Base64.getEncoder().encodeToString(records.payload(record, language)));
        answer.put("publicKey", records.signer().jwk());
        return Response.ok(answer, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RecordsAccess
    @Operation(summary = "Evaluation records, newest first", description = "Filtered by planId, outcome and time (from inclusive, "
            + "to exclusive; ISO-8601 instants, or dates meaning midnight UTC); limit per page (default 50, at most 500); "
            + "next is the cursor of the following page, absent on the last.")
    public RecordPage list(@QueryParam("planId") String planId, @QueryParam("outcome") String outcome,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @Parameter(description = "1 to 500") @QueryParam("limit") Integer limit,
                           @QueryParam("cursor") String cursor) {
        enabled();
        Outcome wanted = null;
        if (outcome != null && !outcome.isBlank()) {
            try {
                wanted = Outcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw badQuery("outcome", "must be PASS, FAIL or INCOMPLETE");
            }
        }
        int size = limit == null ? 50 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw badQuery("limit", "must be 1 to " + MAX_LIMIT);
        }
        RecordQuery query = new RecordQuery(planId == null || planId.isBlank() ? null : planId.strip(), wanted,
                instant("from", from), instant("to", to));
        try {
            return records.list(query, cursor == null || cursor.isBlank() ? null : cursor, size);
        } catch (IllegalArgumentException e) {
            throw badQuery("cursor", "is not one this service gave");
        }
    }

    @POST
    @Path("{id}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @RecordsAccess
    @Operation(summary = "Evaluate a record's plan again under the same rules",
            description = "Under the loaded rule set with the record's content hash: result identical, or different with the "
                    + "differences per criterion; rule-set-not-loaded (and nothing evaluated) when that version is not loaded.")
    public RecordReplay.Result replay(@PathParam("id") String id) {
        return replays.replay(find(id));
    }

    @POST
    @Path("{id}/judgements")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RecordsAccess
    @Operation(summary = "Append a reviewer's judgement to a record",
            description = "{\"target\": <a review item's criterion id, or \"conclusion\" for the plan>, \"verdict\": agrees | "
                    + "does-not-agree | needs-more-information, \"note\": text, \"reviewer\": name}. Appended, never overwriting: "
                    + "the latest per target is the current one. Answers 201 with the judgement as stored.")
    public Response judge(@PathParam("id") String id, String body) {
        EvaluationRecord record = find(id);
        com.fasterxml.jackson.databind.JsonNode given;
        try {
            given = json.readTree(body == null ? "" : body);
        } catch (java.io.IOException e) {
            given = null;
        }
        if (given == null || !given.isObject()) {
            throw new WebApplicationException(Problem.of("invalid-judgement", "Invalid judgement", 400,
                    "The body must be a JSON object.", List.of(new FieldError("", "must be a JSON object"))).response());
        }
        String target = text(given, "target");
        String verdict = text(given, "verdict");
        String note = text(given, "note");
        String reviewer = text(given, "reviewer");
        List<FieldError> problems = dev.kakuho.records.JudgementCheck.problems(pages.reviewItems(record), target, verdict, note, reviewer);
        if (!problems.isEmpty()) {
            throw new WebApplicationException(Problem.of("invalid-judgement", "Invalid judgement", 400,
                    "The judgement has " + problems.size() + " problem(s); see errors.", problems).response());
        }
        dev.kakuho.records.Judgement stored = records.judge(record.id(), target.strip(),
                dev.kakuho.records.Judgement.Verdict.of(verdict).orElseThrow(), note == null || note.isBlank() ? null : note.strip(),
                reviewer.strip());
        return Response.status(201).type(MediaType.APPLICATION_JSON).entity(stored).build();
    }

    @GET
    @Path("{id}/judgements")
    @Produces(MediaType.APPLICATION_JSON)
    @RecordsAccess
    @Operation(summary = "The judgements on a record", description = "history: every judgement, oldest first; current: the "
            + "latest per target; open: the review items with no judgement yet.")
    public Map<String, Object> judgements(@PathParam("id") String id) {
        EvaluationRecord record = find(id);
        List<dev.kakuho.records.Judgement> history = records.judgements(record.id());
        Map<String, dev.kakuho.records.Judgement> current = new LinkedHashMap<>();
        history.forEach(j -> current.put(j.target(), j));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("recordId", record.id());
        answer.put("current", List.copyOf(current.values()));
        answer.put("open", pages.reviewItems(record).stream().filter(item -> !current.containsKey(item)).sorted().toList());
        answer.put("history", history);
        return answer;
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode body, String field) {
        com.fasterxml.jackson.databind.JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @AdminOnly
    @Operation(summary = "Delete every record of a plan (admin)", description = "Needs the admin token; planId is required.")
    public Map<String, Object> deleteByPlan(@QueryParam("planId") String planId) {
        enabled();
        if (planId == null || planId.isBlank()) {
            throw badQuery("planId", "is required: the plan whose records are deleted");
        }
        int deleted = records.deleteByPlanId(planId.strip());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("planId", planId.strip());
        answer.put("deleted", deleted);
        return answer;
    }

    private EvaluationRecord find(String id) {
        enabled();
        return records.find(id).orElseThrow(() -> new WebApplicationException(Problem.of("record-not-found",
                "No such record", 404, "There is no record with this id (it may have been deleted after its keeping time).",
                null).response()));
    }

    private void enabled() {
        if (!records.enabled()) {
            throw new WebApplicationException(Problem.of("records-disabled", "Records are switched off", 404,
                    "This deployment stores no evaluation records (records.enabled=false).", null).response());
        }
    }

    private static Language available(EvaluationRecord record, Language wanted) {
        return record.reports().containsKey(wanted) ? wanted : record.reports().keySet().iterator().next();
    }

    /** The plan's JSON text as received (it was read as a valid plan), without a byte order mark. */
    private String planJson(byte[] plan) {
        String text = new String(plan, java.nio.charset.StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw badQuery(name, "must be an ISO-8601 instant (2026-11-29T09:00:00Z) or date (2026-11-29)");
        }
    }

    private static WebApplicationException badQuery(String parameter, String problem) {
        return new WebApplicationException(Problem.of("invalid-query", "Invalid query parameter", 400,
                "The query parameter " + parameter + " " + problem + ".", List.of(new FieldError(parameter, problem))).response());
    }
}
