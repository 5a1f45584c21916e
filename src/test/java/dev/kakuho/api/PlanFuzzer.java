package dev.kakuho.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A seeded mutator of example plans, for the fuzz test: each case is made from its own
 * {@link Random}, seeded from the run's seed and the case number, so any case can be made again
 * from those two numbers alone, whatever order or thread it ran in.
 *
 * <p>A case drops, nulls and retypes fields; corrupts strings; pushes numbers to extremes (huge,
 * negative, fractional, 1e308, -0, digits past the parser's limit, NaN-like strings); pushes dates to
 * extremes and to days that do not exist; empties arrays or fills them up to and past the limit; adds
 * unknown fields and unicode. Every change is recorded with the JSON pointer it touched.
 */
final class PlanFuzzer {

    /** Planted in strings the fuzzer writes: an error answer or a log line must never repeat it. */
    static final String CANARY = "CANARY-4d1f";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Writes every non-ASCII character as a \\u escape, so lone surrogates reach the server as such. */
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");

    /** One change made to a plan: where, and what. */
    record Mutation(String pointer, String what) {
        @Override
        public String toString() {
            return what + " at " + (pointer.isEmpty() ? "(root)" : pointer);
        }
    }

    /** One fuzz case: the body sent and what was done to make it. */
    record Case(int number, String example, byte[] body, List<Mutation> mutations, boolean bytesOnly) {

        /** Pointers the changes touched, to check that a refusal names one of them. */
        List<String> pointers() {
            return mutations.stream().map(Mutation::pointer).toList();
        }
    }

    private final List<String> exampleNames;
    private final List<ObjectNode> examples;
    private final List<String> codes;
    private final long seed;

    PlanFuzzer(long seed, List<String> exampleNames, List<ObjectNode> examples) {
        this.seed = seed;
        this.exampleNames = exampleNames;
        this.examples = examples;
        Set<String> found = new LinkedHashSet<>();
        examples.forEach(e -> collectCodes(e, found));
        this.codes = List.copyOf(found);
    }

    private static Random random(long seed, int number, long stream) {
        return new Random(seed * 0x9E3779B97F4A7C15L + number * 0xC2B2AE3D27D4EB4FL + stream);
    }

    // ------------------------------------------------------------------------------------------
    // Mutated plans

    /** The {@code number}th mutated plan of this run. */
    Case plan(int number) {
        Random random = random(seed, number, 1);
        int which = random.nextInt(examples.size());
        ObjectNode plan = examples.get(which).deepCopy();
        List<Mutation> mutations = new ArrayList<>();
        int count = 1 + random.nextInt(random.nextInt(8) == 0 ? 8 : 3);
        JsonNode root = plan;
        for (int i = 0; i < count; i++) {
            if (random.nextInt(400) == 0) {
                // the whole body something other than an object
                JsonNode other = randomValue(random, 0);
                mutations.add(new Mutation("", "replaced the whole plan with " + describe(other)));
                root = other;
                break;
            }
            mutate(plan, random, mutations);
        }
        return new Case(number, exampleNames.get(which), write(random.nextBoolean() ? JSON : ESCAPING, root),
                List.copyOf(mutations), false);
    }

    private void mutate(ObjectNode plan, Random random, List<Mutation> mutations) {
        List<String> pointers = new ArrayList<>();
        collectPointers(plan, "", pointers);
        String pointer = pointers.get(random.nextInt(pointers.size()));
        JsonNode node = plan.at(pointer);
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = plan.at(pointer.substring(0, slash));
        String key = unescape(pointer.substring(slash + 1));

        int choice = random.nextInt(100);
        if (choice < 10) {
            if (parent.isArray()) {
                ((ArrayNode) parent).remove(Integer.parseInt(key));
                mutations.add(new Mutation(pointer.substring(0, slash), "removed element " + key));
            } else {
                ((ObjectNode) parent).remove(key);
                mutations.add(new Mutation(pointer, "dropped the field"));
            }
        } else if (choice < 16) {
            replace(parent, key, NODES.nullNode());
            mutations.add(new Mutation(pointer, "set to null"));
        } else if (choice < 30) {
            JsonNode value = randomValue(random, 0);
            replace(parent, key, value);
            mutations.add(new Mutation(pointer, "retyped to " + describe(value)));
        } else if (choice < 36) {
            ObjectNode target = randomObject(plan, random);
            String name = random.nextBoolean() ? randomName(random) : "unknown" + random.nextInt(10);
            String at = pointerOfObject(plan, target) + "/" + escape(name);
            target.set(name, randomValue(random, 0));
            mutations.add(new Mutation(at, "added a field"));
        } else if (choice < 40 && parent.isObject()) {
            // the value of one field moved to another (a type confusion the portal could make)
            String other = pointers.get(random.nextInt(pointers.size()));
            JsonNode value = plan.at(other).deepCopy();
            replace(parent, key, value);
            mutations.add(new Mutation(pointer, "given the value of " + other));
        } else if (node.isTextual() && DATE.matcher(node.textValue()).matches()) {
            String date = extremeDate(random, node.textValue());
            replace(parent, key, NODES.textNode(date));
            mutations.add(new Mutation(pointer, "date " + date));
        } else if (node.isTextual() && CODE.matcher(node.textValue()).matches() && random.nextInt(3) > 0) {
            String code = switch (random.nextInt(4)) {
                case 0 -> node.textValue().toLowerCase();
                case 1 -> node.textValue() + "_X";
                default -> codes.get(random.nextInt(codes.size()));
            };
            replace(parent, key, NODES.textNode(code));
            mutations.add(new Mutation(pointer, "code " + code));
        } else if (node.isTextual()) {
            String text = corrupt(random, node.textValue());
            if (pointer.equals("/planId")) {
                text = text.replace(CANARY, ""); // the planId is the one thing a log line may carry
            }
            replace(parent, key, NODES.textNode(text));
            mutations.add(new Mutation(pointer, "string of " + text.length() + " chars"));
        } else if (node.isNumber()) {
            JsonNode number = extremeNumber(random, node);
            replace(parent, key, number);
            mutations.add(new Mutation(pointer, "number " + abbreviate(number.toString())));
        } else if (node.isBoolean()) {
            JsonNode value = switch (random.nextInt(4)) {
                case 0 -> NODES.textNode(node.asText());
                case 1 -> NODES.numberNode(node.asBoolean() ? 1 : 0);
                default -> NODES.booleanNode(!node.asBoolean());
            };
            replace(parent, key, value);
            mutations.add(new Mutation(pointer, "boolean " + value));
        } else if (node.isArray()) {
            mutateArray((ArrayNode) node, random, pointer, mutations);
        } else if (node.isObject()) {
            ((ObjectNode) node).removeAll();
            mutations.add(new Mutation(pointer, "emptied the object"));
        } else {
            replace(parent, key, randomValue(random, 0));
            mutations.add(new Mutation(pointer, "replaced"));
        }
    }

    private void mutateArray(ArrayNode array, Random random, String pointer, List<Mutation> mutations) {
        int choice = random.nextInt(10);
        if (choice < 2 || array.isEmpty() && choice < 4) {
            array.removeAll();
            mutations.add(new Mutation(pointer, "emptied the array"));
            return;
        }
        if (choice == 9 && random.nextInt(10) == 0) {
            // a very long array of small values: refused by name, well under the body limit
            int n = 100_000;
            array.removeAll();
            for (int i = 0; i < n; i++) {
                array.add(0);
            }
            mutations.add(new Mutation(pointer, n + " elements"));
            return;
        }
        int[] sizes = {1, 2, 3, 10, 50, 200, 499, 500, 501, 1000};
        int target = sizes[random.nextInt(sizes.length)];
        JsonNode template = array.isEmpty() ? (random.nextBoolean() ? NODES.objectNode() : randomValue(random, 1))
                : array.get(random.nextInt(array.size()));
        while (array.size() < target) {
            array.add(template.deepCopy());
        }
        while (array.size() > target) {
            array.remove(array.size() - 1);
        }
        mutations.add(new Mutation(pointer, target + " elements"));
    }

    // ------------------------------------------------------------------------------------------
    // Raw bytes

    /** The {@code number}th body of bytes: random bytes, random JSON-ish text, or an example plan with bytes damaged. */
    Case bytes(int number) {
        Random random = random(seed, number, 2);
        int kind = random.nextInt(3);
        byte[] body;
        String what;
        String example = "";
        if (kind == 0) {
            body = new byte[random.nextInt(random.nextBoolean() ? 16 : 4096)];
            random.nextBytes(body);
            what = body.length + " random bytes";
        } else if (kind == 1) {
            String alphabet = "{}[]\":,.-+eE0123456789 \t\n\\/abcnrtuflsTF\u00e9\u65e5";
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(600);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            body = text.toString().getBytes(StandardCharsets.UTF_8);
            what = body.length + " bytes of JSON-like characters";
        } else {
            int which = random.nextInt(examples.size());
            example = exampleNames.get(which);
            byte[] plan = write(JSON, examples.get(which));
            int damage = 1 + random.nextInt(8);
            for (int i = 0; i < damage && plan.length > 0; i++) {
                int at = random.nextInt(plan.length);
                switch (random.nextInt(4)) {
                    case 0 -> plan[at] = (byte) random.nextInt(256);
                    case 1 -> plan = java.util.Arrays.copyOf(plan, at); // truncated
                    case 2 -> {
                        byte[] longer = new byte[plan.length + 1];
                        System.arraycopy(plan, 0, longer, 0, at);
                        longer[at] = (byte) random.nextInt(256);
                        System.arraycopy(plan, at, longer, at + 1, plan.length - at);
                        plan = longer;
                    }
                    default -> {
                        byte[] shorter = new byte[plan.length - 1];
                        System.arraycopy(plan, 0, shorter, 0, at);
                        System.arraycopy(plan, at + 1, shorter, at, plan.length - at - 1);
                        plan = shorter;
                    }
                }
            }
            body = plan;
            what = damage + " damaged bytes";
        }
        return new Case(number, example, body, List.of(new Mutation("", what)), true);
    }

    // ------------------------------------------------------------------------------------------
    // Values

    private JsonNode randomValue(Random random, int depth) {
        return switch (random.nextInt(depth > 3 ? 5 : 9)) {
            case 0 -> NODES.textNode(randomString(random));
            case 1 -> extremeNumber(random, NODES.numberNode(1));
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.textNode(extremeDate(random, "2027-04-01"));
            case 4 -> NODES.textNode(codes.get(random.nextInt(codes.size())));
            case 5 -> NODES.objectNode();
            case 6 -> NODES.arrayNode();
            case 7 -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(3); i >= 0; i--) {
                    object.set("k" + i, randomValue(random, depth + 1));
                }
                yield object;
            }
            default -> {
                if (random.nextInt(6) == 0) {
                    // nested past the parser's depth limit, or just under it
                    int levels = 10 + random.nextInt(12);
                    JsonNode nested = NODES.numberNode(1);
                    for (int i = 0; i < levels; i++) {
                        nested = random.nextBoolean() ? NODES.arrayNode().add(nested) : NODES.objectNode().set("n", nested);
                    }
                    yield nested;
                }
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(3); i >= 0; i--) {
                    array.add(randomValue(random, depth + 1));
                }
                yield array;
            }
        };
    }

    private static final String[] STRINGS = {
            "", " ", "\t\n", "null", "true", "0", "-1", "1e308", "NaN", "Infinity", "-Infinity", "undefined",
            "2026-03-30", "<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://x}", "{planEnd}", "%s%n%d",
            "\u0000", "\u202e\u202d", "\u200b", "e\u0301", "\ud83d\ude00", "\ufeff", "\ud800", "\udfff\ud800",
            "重要鉱物", "ＡＵ", "Ä", "../../etc/passwd", "\\", "\"", "a/b~c"};

    private static String randomString(Random random) {
        int choice = random.nextInt(10);
        if (choice < 5) {
            return STRINGS[random.nextInt(STRINGS.length)];
        }
        if (choice < 9) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(randomCodePoint(random));
            }
            return text.append(random.nextBoolean() ? CANARY : "").toString();
        }
        // long: around the parser's string limit (20,000 characters)
        int[] lengths = {1_000, 19_999, 20_000, 20_001, 60_000};
        return "x".repeat(lengths[random.nextInt(lengths.length)]);
    }

    /**
     * A field name of printable characters from the basic plane. (Jackson 2.21 refuses a name holding an
     * escaped surrogate pair as invalid UTF-8, so such names would test the parser, not the service.)
     */
    private static String randomName(Random random) {
        StringBuilder name = new StringBuilder();
        for (int i = random.nextInt(20); i >= 0; i--) {
            int cp = randomCodePoint(random);
            name.appendCodePoint(cp > 0xFFFF || cp >= 0xD800 && cp < 0xE000 ? 'z' : cp);
        }
        return name.toString();
    }

    private static int randomCodePoint(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(0x20);              // control characters
            case 1 -> 0x3040 + random.nextInt(0x60);     // hiragana
            case 2 -> 0x4E00 + random.nextInt(0x5000);   // CJK
            case 3 -> 0x1F300 + random.nextInt(0x300);   // emoji (outside the BMP)
            case 4 -> 0xD800 + random.nextInt(0x800);    // a lone surrogate
            default -> 0x20 + random.nextInt(0x5F);      // printable ASCII
        };
    }

    private static String corrupt(Random random, String text) {
        return switch (random.nextInt(7)) {
            case 0 -> "";
            case 1 -> "   ";
            case 2 -> text.substring(0, random.nextInt(text.length() + 1));
            case 3 -> text + randomString(random);
            case 4 -> randomString(random) + text;
            case 5 -> text.toUpperCase() + CANARY;
            default -> randomString(random);
        };
    }

    private static JsonNode extremeNumber(Random random, JsonNode was) {
        return switch (random.nextInt(22)) {
            case 0 -> NODES.numberNode(0);
            case 1 -> NODES.rawValueNode(new RawValue("-0"));
            case 2 -> NODES.numberNode(-0.0d);
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.numberNode(0.5d);
            case 5 -> NODES.numberNode(-0.0001d);
            case 6 -> NODES.numberNode(1e308);
            case 7 -> NODES.numberNode(-1e308);
            case 8 -> NODES.numberNode(Double.MIN_VALUE);
            case 9 -> NODES.numberNode(Long.MAX_VALUE);
            case 10 -> NODES.numberNode(Long.MIN_VALUE);
            case 11 -> NODES.numberNode(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
            case 12 -> NODES.numberNode((long) Integer.MAX_VALUE + 1);
            case 13 -> NODES.numberNode(new BigDecimal("1e400"));
            case 14 -> NODES.numberNode(new BigInteger("9".repeat(random.nextBoolean() ? 60 : 70)));
            case 15 -> NODES.textNode(random.nextBoolean() ? "NaN" : "-Infinity");
            case 16 -> NODES.rawValueNode(new RawValue(random.nextBoolean() ? "NaN" : "1e999"));
            case 17 -> NODES.numberNode(was.asDouble() + 0.5);
            case 18 -> NODES.numberNode(was.asLong() * (1L << random.nextInt(40)));
            case 19 -> NODES.numberNode(1e18 + random.nextInt(1000));
            case 20 -> NODES.numberNode(100.0000001);
            default -> NODES.numberNode(random.nextInt(2_000_000) - 1_000_000);
        };
    }

    private static String extremeDate(Random random, String was) {
        LocalDate date;
        try {
            date = LocalDate.parse(was);
        } catch (RuntimeException e) {
            date = LocalDate.of(2027, 4, 1);
        }
        return switch (random.nextInt(20)) {
            case 0 -> "0000-01-01";
            case 1 -> "0001-01-01";
            case 2 -> "9999-12-31";
            case 3 -> "1900-01-01";
            case 4 -> "2026-02-29";
            case 5 -> "2028-02-29";
            case 6 -> "2026-03-29";
            case 7 -> "2026-03-30";
            case 8 -> "2026-13-01";
            case 9 -> "2026-04-31";
            case 10 -> "+12345-01-01";
            case 11 -> "2026-3-30";
            case 12 -> "2026-03-30T00:00:00";
            case 13 -> date.plusYears(random.nextInt(200) - 100).toString();
            case 14 -> date.withDayOfMonth(date.lengthOfMonth()).toString();
            default -> date.plusDays(random.nextInt(4000) - 2000).toString();
        };
    }

    // ------------------------------------------------------------------------------------------
    // Trees

    private static byte[] write(ObjectMapper mapper, JsonNode value) {
        try {
            byte[] bytes = mapper.writeValueAsBytes(value);
            if (mapper != ESCAPING && !validUtf8(bytes)) {
                return write(ESCAPING, value); // a lone surrogate cannot be written as UTF-8, only escaped
            }
            return bytes;
        } catch (JsonProcessingException e) {
            if (mapper == ESCAPING) {
                throw new IllegalStateException(e);
            }
            return write(ESCAPING, value);
        }
    }

    private static void collectPointers(JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String child = pointer + "/" + escape(name);
                out.add(child);
                collectPointers(node.get(name), child, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = pointer + "/" + i;
                out.add(child);
                collectPointers(node.get(i), child, out);
            }
        }
    }

    private static ObjectNode randomObject(ObjectNode plan, Random random) {
        List<String> pointers = new ArrayList<>();
        pointers.add("");
        collectPointers(plan, "", pointers);
        List<String> objects = pointers.stream().filter(p -> plan.at(p).isObject()).toList();
        return (ObjectNode) plan.at(objects.get(random.nextInt(objects.size())));
    }

    private static String pointerOfObject(ObjectNode plan, ObjectNode target) {
        if (plan == target) {
            return "";
        }
        List<String> pointers = new ArrayList<>();
        collectPointers(plan, "", pointers);
        return pointers.stream().filter(p -> plan.at(p) == target).findFirst().orElse("");
    }

    private static void collectCodes(JsonNode node, Set<String> out) {
        if (node.isTextual() && CODE.matcher(node.textValue()).matches()) {
            out.add(node.textValue());
        }
        node.forEach(child -> collectCodes(child, out));
    }

    private static void replace(JsonNode parent, String key, JsonNode value) {
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(key), value);
        } else {
            ((ObjectNode) parent).set(key, value);
        }
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    private static String describe(JsonNode value) {
        return value.getNodeType().name().toLowerCase() + " " + abbreviate(value.toString());
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…(" + oneLine.length() + " chars)" : oneLine;
    }
}
