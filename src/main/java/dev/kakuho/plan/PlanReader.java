package dev.kakuho.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Reads a posted plan: JSON syntax, then every field's JSON type against the plan classes, then
 * the value constraints on those classes. All problems are collected and reported together, each
 * with the JSON pointer of the field concerned.
 */
public final class PlanReader {

    /** The shape of a date; whether the date exists is checked too. */
    public static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    private static final Pattern DATE_SHAPE = Pattern.compile(DATE_PATTERN);

    /** A plan nests four levels deep; anything much deeper is an attack or a mistake. */
    public static final int MAX_DEPTH = 16;
    /** The most elements any of the plan's arrays may hold. */
    public static final int MAX_ITEMS = 500;
    /** The longest string accepted, in characters. */
    public static final int MAX_STRING = 20_000;

    private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNumberLength(64).build())
                    .build())
            .addModule(new JavaTimeModule())
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule().addDeserializer(Double.class, new PlainZero()))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** How far after today an application may be dated, unless told otherwise. */
    public static final java.time.Period DEFAULT_APPLICATION_HORIZON = java.time.Period.ofYears(1);

    private final Validator validator;
    private final PlanCodes codes;
    private final Clock clock;
    private final java.time.Period applicationHorizon;
    private final Map<Class<?>, Map<String, Property>> properties = new ConcurrentHashMap<>();

    /**
     * Reads -0.0 as 0: JSON and JSON Schema take them as one number, and so must the rules, which compare
     * with 0 (as a Double, -0.0 does not equal 0.0; found by FuzzTest).
     */
    private static final class PlainZero extends com.fasterxml.jackson.databind.deser.std.NumberDeserializers.DoubleDeserializer {

        PlainZero() {
            super(Double.class, null);
        }

        @Override
        public Double deserialize(com.fasterxml.jackson.core.JsonParser parser,
                                  com.fasterxml.jackson.databind.DeserializationContext context) throws java.io.IOException {
            Double value = super.deserialize(parser, context);
            return value == null ? null : value + 0.0;
        }
    }

    /** A field of a plan class as Jackson binds it, and the code list its values must come from (or null). */
    private record Property(JavaType type, String codeList) {
    }

    private PlanReader(Validator validator, PlanCodes codes, Clock clock, java.time.Period applicationHorizon) {
        this.validator = validator;
        this.codes = codes;
        this.clock = clock;
        this.applicationHorizon = applicationHorizon;
    }

    /**
     * The plan reader: the service's bean ({@link PlanReaderProducer}), {@code bin/rules} and the rule
     * tests all take theirs from here, so a plan reads, and its errors read, the same everywhere. It
     * takes the code lists of the configured rules directory ({@link PlanCodes#configured()}) and the
     * default application horizon.
     */
    public static PlanReader create() {
        return create(PlanCodes.configured(), Clock.systemDefaultZone(), DEFAULT_APPLICATION_HORIZON);
    }

    /**
     * @param codes              the mineral and country codes a plan may give
     * @param clock              what today is, for the latest plausible application date
     * @param applicationHorizon how far after today an application may be dated
     */
    public static PlanReader create(PlanCodes codes, Clock clock, java.time.Period applicationHorizon) {
        return new PlanReader(SharedValidator.INSTANCE, codes, clock, applicationHorizon);
    }

    /** Built once (a validator is thread-safe and slow to build), with the standard messages. */
    private static final class SharedValidator {
        static final Validator INSTANCE = Validation.buildDefaultValidatorFactory().getValidator();
    }

    public Plan read(byte[] body) {
        JsonNode tree = parse(body);
        List<FieldError> errors = new ArrayList<>();
        if (!tree.isObject()) {
            throw new InvalidPlanException("invalid-plan", "The plan must be a JSON object.",
                    List.of(new FieldError("", "must be a JSON object")));
        }
        checkTypes(tree, mapper.constructType(Plan.class), null, "", errors);
        Plan plan;
        try {
            plan = mapper.treeToValue(tree, Plan.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // checkTypes removed every value that cannot bind; reaching this is a bug in it
            throw new IllegalStateException("plan passed the type check but did not bind", e);
        }
        Set<String> reported = errors.stream().map(FieldError::pointer).collect(Collectors.toCollection(HashSet::new));
        validator.validate(plan).stream()
                .map(v -> new FieldError(pointer(v), v.getMessage()))
                .filter(e -> !reported.contains(e.pointer()))
                .sorted(Comparator.comparing(FieldError::pointer))
                .forEach(errors::add);
        implausibleDates(plan, reported(errors)).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidPlanException("invalid-plan",
                    errors.size() == 1 ? "The plan has 1 invalid field." : "The plan has " + errors.size() + " invalid fields.",
                    errors);
        }
        plan.setSource(tree);
        locateItems(plan.getEconomics().getProjections(), tree, "/economics/projections");
        locateItems(plan.getTechnology().getTargets(), tree, "/technology/targets");
        locateItems(plan.getTechLeakPrevention().getCoreTechnologies(), tree, "/techLeakPrevention/coreTechnologies");
        locateItems(plan.getTechLeakPrevention().getSuppliers(), tree, "/techLeakPrevention/suppliers");
        locateItems(plan.getTechLeakPrevention().getPlannedTransfers(), tree, "/techLeakPrevention/plannedTransfers");
        return plan;
    }

    private static Set<String> reported(List<FieldError> errors) {
        return errors.stream().map(FieldError::pointer).collect(Collectors.toSet());
    }

    /**
     * The application date must be plausible: not after the plan's end (an application is made before
     * the plan it asks for is over), and not later than today plus the application horizon (a date
     * far in the future is a typing error, and would pick a rule set by a date that has not come).
     */
    private List<FieldError> implausibleDates(Plan plan, Set<String> reported) {
        LocalDate applied = plan.getApplicationDate();
        if (applied == null || reported.contains("/applicationDate")) {
            return List.of();
        }
        LocalDate end = plan.getPeriod().getEnd();
        if (end != null && applied.isAfter(end) && !reported.contains("/period/end")) {
            return List.of(new FieldError("/applicationDate", "must not be after period.end, the end of the plan"));
        }
        LocalDate latest = LocalDate.now(clock).plus(applicationHorizon);
        if (applied.isAfter(latest)) {
            return List.of(new FieldError("/applicationDate", "must not be later than " + latest
                    + " (today plus " + applicationHorizon + ", evaluation.application-date-horizon)"));
        }
        return List.of();
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidPlanException("malformed-json", "The request body is empty; a plan in JSON is expected.",
                    List.of(new FieldError("", "is empty")));
        }
        try (JsonParser parser = mapper.createParser(body)) {
            try {
                JsonNode tree = mapper.readTree(parser);
                if (tree == null || tree.isMissingNode()) {
                    throw new InvalidPlanException("malformed-json", "The request body holds no JSON value.",
                            List.of(new FieldError("", "is empty")));
                }
                return tree;
            } catch (JsonProcessingException e) {
                String where = where(parser, e);
                var location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                String detail = describe(e) + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
                boolean limit = e instanceof StreamConstraintsException;
                throw new InvalidPlanException(limit ? "limit-exceeded" : "malformed-json",
                        (limit ? "The body exceeds a limit: " : "The body is not well-formed JSON: ") + detail,
                        List.of(new FieldError(where, detail)));
            }
        } catch (IOException e) {
            throw new InvalidPlanException("malformed-json", "The body could not be read as JSON.",
                    List.of(new FieldError("", "could not be read")));
        }
    }

    /**
     * The JSON pointer of where the JSON broke. The parser's context names the last field it read;
     * when that field's value was complete, the fault lies after it (in the next key or element), so
     * the object or array holding them is named instead of the innocent field before.
     */
    private static String where(JsonParser parser, JsonProcessingException e) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        JsonToken last = parser.currentToken();
        boolean inValueOrOpening = last == null || last == JsonToken.FIELD_NAME || last == JsonToken.START_OBJECT
                || last == JsonToken.START_ARRAY;
        if (inValueOrOpening || String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field") || pointer.isEmpty()) {
            return pointer; // a duplicate key is named by the context itself
        }
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    /**
     * What is wrong with the JSON, in words that never repeat what the caller sent (the parser's own
     * messages quote the offending token).
     */
    private static String describe(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return message.contains("depth") ? "nested more than " + MAX_DEPTH + " levels deep"
                    : message.contains("String") ? "a string longer than " + MAX_STRING + " characters"
                    : "a number with too many digits";
        }
        if (message.startsWith("Duplicate field")) {
            return "duplicate key";
        }
        if (message.contains("UTF-8") || message.contains("UTF8")) {
            return "invalid UTF-8";
        }
        if (message.contains("end-of-input")) {
            return "the JSON ends too early";
        }
        if (message.startsWith("Trailing token") || message.contains("trailing")) {
            return "more content after the JSON value";
        }
        if (message.startsWith("Unrecognized token") || message.startsWith("Unexpected character")
                || message.startsWith("Illegal")) {
            return "unexpected content";
        }
        return "not well-formed JSON";
    }

    /**
     * Checks that {@code node} has the JSON shape of {@code type}; removes each offending value from
     * the tree (so the rest still binds) and records it. Returns whether the node itself is usable.
     */
    private boolean checkTypes(JsonNode node, JavaType type, String codeList, String pointer, List<FieldError> errors) {
        if (node.isNull()) {
            return true;
        }
        Class<?> raw = type.getRawClass();
        String problem = null;
        if (raw == String.class) {
            problem = !node.isTextual() ? "must be a string"
                    : codeList != null && !codes.codes(codeList).contains(node.textValue()) ? codes.refusal(codeList)
                    : null;
        } else if (raw == Boolean.class) {
            problem = node.isBoolean() ? null : "must be true or false";
        } else if (raw == Integer.class) {
            problem = whole(node, 0x1p31) ? null : "must be a whole number";
        } else if (raw == Long.class) {
            problem = whole(node, 0x1p63) ? null : "must be a whole number";
        } else if (raw == Double.class) {
            problem = node.isNumber() && Double.isFinite(node.asDouble()) ? null : "must be a number";
        } else if (raw == LocalDate.class) {
            problem = dateProblem(node);
        } else if (raw.isEnum()) {
            problem = enumProblem(node, raw);
        } else if (List.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                problem = "must be an array";
            } else if (node.size() > MAX_ITEMS) {
                problem = "has " + node.size() + " elements; at most " + MAX_ITEMS + " are accepted";
            } else {
                JavaType element = type.getContentType();
                ArrayNode array = (ArrayNode) node;
                for (int i = 0; i < array.size(); i++) {
                    if (array.get(i).isNull()) {
                        errors.add(new FieldError(pointer + "/" + i, "must not be null"));
                    } else if (!checkTypes(array.get(i), element, null, pointer + "/" + i, errors)) {
                        array.set(i, NullNode.getInstance());
                    }
                }
            }
        } else if (!node.isObject()) {
            problem = "must be an object";
        } else {
            Map<String, Property> known = propertiesOf(type);
            List<String> drop = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = pointer + "/" + escape(field.getKey());
                Property property = known.get(field.getKey());
                if (property == null) {
                    errors.add(new FieldError(child, "is not a field of the plan contract"));
                    drop.add(field.getKey());
                } else if (!checkTypes(field.getValue(), property.type(), property.codeList(), child, errors)) {
                    drop.add(field.getKey());
                }
            }
            ((ObjectNode) node).remove(drop);
        }
        if (problem != null) {
            errors.add(new FieldError(pointer, problem));
            return false;
        }
        return true;
    }

    /**
     * A whole number in [-bound, bound): written as an integer, or as a number whose fraction is zero
     * (JSON, like JSON Schema's "integer", does not tell 2030 from 2030.0).
     */
    private static boolean whole(JsonNode node, double bound) {
        if (node.isIntegralNumber()) {
            return bound == 0x1p31 ? node.canConvertToInt() : node.canConvertToLong();
        }
        if (!node.isNumber()) {
            return false;
        }
        double value = node.doubleValue();
        return Double.isFinite(value) && value == Math.rint(value) && value >= -bound && value < bound;
    }

    private static String dateProblem(JsonNode node) {
        if (!node.isTextual() || !DATE_SHAPE.matcher(node.textValue()).matches()) {
            return "must be a date written YYYY-MM-DD";
        }
        try {
            LocalDate.parse(node.textValue());
            return null;
        } catch (DateTimeParseException e) {
            return "is not a date that exists";
        }
    }

    private static String enumProblem(JsonNode node, Class<?> enumType) {
        Object[] constants = enumType.getEnumConstants();
        if (node.isTextual()) {
            for (Object constant : constants) {
                if (((Enum<?>) constant).name().equals(node.textValue())) {
                    return null;
                }
            }
        }
        return "must be one of " + Arrays.stream(constants).map(String::valueOf).collect(Collectors.joining(", "));
    }

    /**
     * The writable JSON properties of a plan class and their types, as Jackson binds them, each with the
     * code list its field names in the contract ({@code @Schema(ref = "MineralCode")}, say).
     */
    private Map<String, Property> propertiesOf(JavaType type) {
        return properties.computeIfAbsent(type.getRawClass(), raw -> {
            Map<String, Property> known = new LinkedHashMap<>();
            for (BeanPropertyDefinition property : mapper.getDeserializationConfig().introspect(type).findProperties()) {
                if (property.hasSetter()) {
                    Schema schema = property.getField() == null ? null : property.getField().getAnnotation(Schema.class);
                    String codeList = schema != null && !schema.ref().isEmpty() ? schema.ref() : null;
                    known.put(property.getName(), new Property(property.getSetter().getParameterType(0), codeList));
                }
            }
            return known;
        });
    }

    private static String pointer(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static void locateItems(List<? extends PlanItem> items, JsonNode tree, String array) {
        JsonNode elements = tree.at(array);
        for (int i = 0; i < items.size(); i++) {
            items.get(i).locate(array + "/" + i, elements.path(i));
        }
    }

    /** The mapper plans are read with, for code that reads plan files (rule tests, the command line). */
    public ObjectMapper mapper() {
        return mapper;
    }
}
