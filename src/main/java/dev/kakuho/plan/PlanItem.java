package dev.kakuho.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An element of one of the plan's arrays; it knows where it sits in the plan, so a finding can cite it. */
public abstract class PlanItem {

    @Schema(hidden = true)
    private String pointer = "";
    @Schema(hidden = true)
    private JsonNode source = MissingNode.getInstance();

    /** The element's JSON pointer in the posted plan, e.g. {@code /techLeakPrevention/plannedTransfers/0}. */
    @JsonIgnore
    public String getPointer() {
        return pointer;
    }

    /** The given fields of this element that the plan leaves out, as JSON pointers into the plan. */
    public List<String> absent(String... fields) {
        return Plan.absent(source, pointer, fields);
    }

    void locate(String pointer, JsonNode source) {
        this.pointer = pointer;
        this.source = source;
    }
}
