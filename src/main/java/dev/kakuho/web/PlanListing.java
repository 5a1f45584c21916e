package dev.kakuho.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakuho.plan.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A submitted plan laid out line by line, each error placed on the line of the field it names: the
 * plan pretty-printed when it is JSON (each line knows the JSON pointer of the value it starts), or
 * the text as sent when it is not (the error placed on the line where parsing stopped). An error
 * about an absent field goes on the line of its nearest present parent.
 */
public record PlanListing(boolean wellFormed, List<Line> lines, List<Placed> errors) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line of the listing; {@code pointer} is null on lines that only close an object or array. */
    public record Line(int number, String text, String pointer, List<FieldError> errors) {

        public boolean marked() {
            return !errors.isEmpty();
        }
    }

    /** An error and the number of the line it is shown on. */
    public record Placed(FieldError error, int line) {

        /** The pointer as a reader sees it: the whole plan is "/", not the empty pointer. */
        public String field() {
            return error.pointer().isEmpty() ? "/" : error.pointer();
        }
    }

    public static PlanListing of(String text, List<FieldError> errors) {
        JsonNode tree;
        try {
            tree = text.isBlank() ? null : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            return asSent(text, errors, line);
        }
        if (tree == null || tree.isMissingNode()) {
            return asSent(text, errors, 1);
        }
        List<String> texts = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        write(tree, "", 0, "", "", texts, pointers);
        Map<String, Integer> lineOf = new HashMap<>();
        for (int i = 0; i < pointers.size(); i++) {
            if (pointers.get(i) != null) {
                lineOf.putIfAbsent(pointers.get(i), i);
            }
        }
        List<List<FieldError>> onLine = new ArrayList<>();
        texts.forEach(t -> onLine.add(new ArrayList<>()));
        List<Placed> placed = new ArrayList<>();
        for (FieldError error : errors) {
            String pointer = error.pointer();
            while (!lineOf.containsKey(pointer) && !pointer.isEmpty()) {
                pointer = pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
            }
            int index = lineOf.getOrDefault(pointer, 0);
            onLine.get(index).add(error);
            placed.add(new Placed(error, index + 1));
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            lines.add(new Line(i + 1, texts.get(i), pointers.get(i), List.copyOf(onLine.get(i))));
        }
        placed.sort(java.util.Comparator.comparingInt(Placed::line));
        return new PlanListing(true, List.copyOf(lines), List.copyOf(placed));
    }

    /** Text that is not JSON: shown as sent, every error on the line where reading stopped (the last line if unknown). */
    private static PlanListing asSent(String text, List<FieldError> errors, int errorLine) {
        String[] raw = text.split("\r?\n|\r", -1);
        int at = errorLine < 1 || errorLine > raw.length ? raw.length : errorLine;
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            lines.add(new Line(i + 1, raw[i], null, i + 1 == at ? List.copyOf(errors) : List.of()));
        }
        return new PlanListing(false, List.copyOf(lines), errors.stream().map(e -> new Placed(e, at)).toList());
    }

    private static void write(JsonNode node, String pointer, int depth, String key, String comma, List<String> texts,
                              List<String> pointers) {
        String indent = "  ".repeat(depth);
        if (node.isContainerNode() && !node.isEmpty()) {
            boolean object = node.isObject();
            texts.add(indent + key + (object ? "{" : "["));
            pointers.add(pointer);
            int i = 0;
            int last = node.size() - 1;
            if (object) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); i++) {
                    Map.Entry<String, JsonNode> field = it.next();
                    write(field.getValue(), pointer + "/" + escape(field.getKey()), depth + 1, quote(field.getKey()) + ": ",
                            i < last ? "," : "", texts, pointers);
                }
            } else {
                for (JsonNode element : node) {
                    write(element, pointer + "/" + i, depth + 1, "", i < last ? "," : "", texts, pointers);
                    i++;
                }
            }
            texts.add(indent + (object ? "}" : "]") + comma);
            pointers.add(null);
        } else {
            texts.add(indent + key + node.toString() + comma);
            pointers.add(pointer);
        }
    }

    private static String quote(String key) {
        try {
            return JSON.writeValueAsString(key);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
