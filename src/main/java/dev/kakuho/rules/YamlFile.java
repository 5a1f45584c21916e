package dev.kakuho.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * One YAML file of a rule set, read as a tree, with the line where the YAML parser found each node:
 * problems point at the node they concern (or, for an absent field, at its parent).
 */
final class YamlFile {

    private static final ObjectMapper YAML = new YAMLMapper();

    private final String name;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private YamlFile(String name, JsonNode root, Map<String, Integer> lines) {
        this.name = name;
        this.root = root;
        this.lines = lines;
    }

    /** The file's mapping, or null (with the problem recorded) when it is absent, malformed or not a mapping. */
    static YamlFile parse(String name, String text, LoadProblems problems) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode root = YAML.readTree(text);
            if (root == null || !root.isObject()) {
                problems.add(name, 1, "must be a YAML mapping");
                return null;
            }
            return new YamlFile(name, root, locate(text));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(name, line, "malformed YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
            return null;
        }
    }

    String name() {
        return name;
    }

    JsonNode root() {
        return root;
    }

    /**
     * The line of the node at a JSON pointer ({@code /sections/0/criteria/2/text}): where its key
     * stands in a mapping, where it starts in a list. For an absent node, the line of its nearest
     * present ancestor.
     */
    int line(String pointer) {
        String at = pointer;
        while (true) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            if (at.isEmpty()) {
                return 1;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }

    /** A JSON pointer one step below {@code pointer}. */
    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** The line of each node, by JSON pointer, from the YAML parser's token locations. */
    private static Map<String, Integer> locate(String text) throws JsonProcessingException {
        Map<String, Integer> lines = new HashMap<>();
        // per open container: its pointer, and the pointer of the value about to be read in it
        Deque<String[]> open = new ArrayDeque<>();
        Deque<int[]> indexes = new ArrayDeque<>();
        try (JsonParser parser = YAML.getFactory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                int line = parser.currentTokenLocation().getLineNr();
                if (token == JsonToken.FIELD_NAME) {
                    String pointer = child(open.peek()[0], parser.currentName());
                    open.peek()[1] = pointer;
                    lines.putIfAbsent(pointer, line);
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.pop();
                    indexes.pop();
                    advance(open, indexes);
                    continue;
                }
                String pointer = open.isEmpty() ? "" : open.peek()[1];
                lines.putIfAbsent(pointer, line);
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    boolean array = token == JsonToken.START_ARRAY;
                    open.push(new String[] {pointer, array ? child(pointer, 0) : null});
                    indexes.push(new int[] {array ? 0 : -1});
                } else {
                    advance(open, indexes);
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return lines;
    }

    /** After a value inside a list, the next value's pointer is the next index. */
    private static void advance(Deque<String[]> open, Deque<int[]> indexes) {
        if (!open.isEmpty() && indexes.peek()[0] >= 0) {
            int next = ++indexes.peek()[0];
            open.peek()[1] = child(open.peek()[0], next);
        }
    }
}
