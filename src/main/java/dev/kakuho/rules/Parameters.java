package dev.kakuho.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DRL global {@code params}: a rule set's numbers, switches and lists from
 * {@code parameters.yaml}, each with the clause it comes from. Rules read them by name, e.g.
 * {@code params.integer("periods.mine.minimumYears")}; the loader refuses a rule set whose rules
 * name a parameter that is not there or has another type.
 */
public final class Parameters {

    public static final String GLOBAL = "params";

    /** One parameter: its value (Double, Boolean, List of String or a JSON tree), clause reference and note. */
    public record Parameter(String name, String ref, Object value, String note) {
    }

    /** How rules read parameters, and what each way needs of the value. */
    enum Accessor {
        number, integer, flag, list, table;

        String accepts(Object value) {
            boolean ok = switch (this) {
                case number -> value instanceof Double;
                case integer -> value instanceof Double d && d == Math.rint(d);
                case flag -> value instanceof Boolean;
                case list -> value instanceof List;
                case table -> value instanceof JsonNode;
            };
            if (ok) {
                return null;
            }
            return switch (this) {
                case number -> "must be a number";
                case integer -> "must be a whole number";
                case flag -> "must be true or false";
                case list -> "must be a list of codes";
                case table -> "must be a table (a YAML mapping)";
            };
        }
    }

    private final Map<String, Parameter> byName;

    Parameters(Map<String, Parameter> byName) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    /** Reads the {@code value} of each entry of a parsed parameters file; problems name the parameter. */
    static Parameters of(JsonNode root, List<String> problems) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        root.fields().forEachRemaining(entry -> {
            JsonNode definition = entry.getValue();
            if (!definition.isObject() || !definition.has("value")) {
                problems.add(entry.getKey() + ": a parameter needs a 'value' (and a 'ref' to its clause)");
                return;
            }
            if (!definition.path("ref").isTextual() || definition.path("ref").asText().isBlank()) {
                problems.add(entry.getKey() + ": a parameter needs a 'ref' naming the clause it comes from");
            }
            Object value = convert(definition.get("value"));
            if (value == null) {
                problems.add(entry.getKey() + ": 'value' must be a number, true/false, a list of codes or a mapping");
                return;
            }
            byName.put(entry.getKey(), new Parameter(entry.getKey(), definition.path("ref").asText(), value,
                    definition.path("note").asText(null)));
        });
        return new Parameters(byName);
    }

    private static Object convert(JsonNode value) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isArray()) {
            List<String> codes = new ArrayList<>();
            for (JsonNode element : value) {
                if (!element.isTextual()) {
                    return null;
                }
                codes.add(element.asText());
            }
            return List.copyOf(codes);
        }
        if (value.isObject()) {
            return value;
        }
        return null;
    }

    /** Why a rule cannot read parameter {@code name} with {@code accessor}, or null if it can. */
    String problem(String accessor, String name) {
        Parameter parameter = byName.get(name);
        if (parameter == null) {
            return "no parameter '" + name + "' in " + RuleSetLoader.PARAMETERS;
        }
        Accessor how;
        try {
            how = Accessor.valueOf(accessor);
        } catch (IllegalArgumentException e) {
            return "params." + accessor + " is not a way to read a parameter; use number, integer, flag, list or table";
        }
        String wrong = how.accepts(parameter.value());
        return wrong == null ? null : "parameter '" + name + "' " + wrong + " to be read with params." + accessor;
    }

    /**
     * These parameters with some values replaced, for rule tests that try a threshold at another
     * value. Each replaced parameter must exist and keep its kind of value.
     */
    public Parameters with(Map<String, JsonNode> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        Map<String, Parameter> changed = new LinkedHashMap<>(byName);
        overrides.forEach((name, node) -> {
            Parameter parameter = byName.get(name);
            Object value = node == null ? null : convert(node);
            if (parameter == null) {
                throw new IllegalArgumentException("no parameter '" + name + "' to override");
            }
            if (value == null || value.getClass() != parameter.value().getClass()
                    && !(value instanceof List && parameter.value() instanceof List)
                    && !(value instanceof JsonNode && parameter.value() instanceof JsonNode)) {
                throw new IllegalArgumentException("parameter '" + name + "' cannot take " + node);
            }
            changed.put(name, new Parameter(name, parameter.ref(), value, parameter.note()));
        });
        return new Parameters(changed);
    }

    public double number(String name) {
        return (Double) get(name);
    }

    public int integer(String name) {
        return ((Double) get(name)).intValue();
    }

    public boolean flag(String name) {
        return (Boolean) get(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        return (List<String>) get(name);
    }

    public JsonNode table(String name) {
        return (JsonNode) get(name);
    }

    public Parameter parameter(String name) {
        return byName.get(name);
    }

    public Map<String, Parameter> all() {
        return byName;
    }

    private Object get(String name) {
        Parameter parameter = byName.get(name);
        if (parameter == null) {
            throw new IllegalArgumentException("no parameter " + name);
        }
        return parameter.value();
    }
}
