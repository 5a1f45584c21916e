package dev.kakuho.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Example plans for HTTP tests, edited by JSON pointer. */
final class Plans {

    static final ObjectMapper JSON = new ObjectMapper();

    private Plans() {
    }

    /** The contract's mine-development example, which passes. */
    static ObjectNode mine() {
        return read("examples/mine-development/lithium-mine.plan.json");
    }

    static ObjectNode read(String file) {
        try {
            return (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a value at a pointer whose parent exists. */
    static ObjectNode set(ObjectNode plan, String pointer, Object value) {
        int slash = pointer.lastIndexOf('/');
        ObjectNode parent = slash == 0 ? plan : (ObjectNode) plan.at(pointer.substring(0, slash));
        parent.set(pointer.substring(slash + 1), JSON.valueToTree(value));
        return plan;
    }

    static ObjectNode remove(ObjectNode plan, String pointer) {
        int slash = pointer.lastIndexOf('/');
        ObjectNode parent = slash == 0 ? plan : (ObjectNode) plan.at(pointer.substring(0, slash));
        parent.remove(pointer.substring(slash + 1));
        return plan;
    }

    static String json(JsonNode plan) {
        return plan.toString();
    }
}
