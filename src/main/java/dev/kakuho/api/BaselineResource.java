package dev.kakuho.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakuho.plan.Plan;
import dev.kakuho.plan.PlanReader;
import dev.kakuho.evaluation.EvaluationService;
import dev.kakuho.rules.Language;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * For the HTTP benchmark only (off unless {@code bench.baseline.enabled}): reads and validates the
 * plan as an evaluation does, then answers a report of the same size stored for its planId, without
 * running the rules. The benchmark compares evaluation against this, since absolute figures drift on
 * a shared machine and ratios hold.
 */
@Path("/bench/baseline")
public class BaselineResource {

    @ConfigProperty(name = "bench.baseline.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    EvaluationService evaluations;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    private PlanReader reader;
    private final Map<String, byte[]> stored = new ConcurrentHashMap<>();

    @PostConstruct
    void createReader() {
        reader = new PlanReader(validator);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public byte[] baseline(byte[] body) throws Exception {
        if (!enabled) {
            throw new NotFoundException();
        }
        Plan plan = reader.read(body);
        byte[] report = stored.get(plan.getPlanId());
        if (report == null) {
            report = json.writeValueAsBytes(evaluations.evaluate(body, Language.JA));
            stored.put(plan.getPlanId(), report);
        }
        return report;
    }
}
