package dev.kakuho.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakuho.evaluation.EvaluationService;
import dev.kakuho.plan.Plan;
import dev.kakuho.plan.PlanReader;
import dev.kakuho.rules.Language;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * For the HTTP benchmark only: built into the service by the {@code bench} Maven profile (which
 * bench/http uses, into target/bench/), never into the product. Reads and validates the plan as an
 * evaluation does, then answers a report of the same size stored for its planId, without running
 * the rules. The benchmark compares evaluation against this, since absolute figures drift on a
 * shared machine and ratios hold.
 */
@Path("/bench/baseline")
public class BaselineResource {

    @Inject
    EvaluationService evaluations;

    @Inject
    ObjectMapper json;

    @Inject
    PlanReader reader;

    private final Map<String, byte[]> stored = new ConcurrentHashMap<>();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public byte[] baseline(byte[] body) throws Exception {
        Plan plan = reader.read(body);
        byte[] report = stored.get(plan.getPlanId());
        if (report == null) {
            report = json.writeValueAsBytes(evaluations.evaluate(body, Language.JA));
            stored.put(plan.getPlanId(), report);
        }
        return report;
    }
}
