package dev.kakuho.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The plan contract in docs/plan-contract.md is the reader's own: every field the plan reader
 * accepts has a row (its JSON pointer, {@code *} standing for any element of a list), and every row
 * names a field the reader accepts.
 */
class PlanContractDocTest {

    static final Path DOC = Path.of("docs", "plan-contract.md");
    /** A row of the plan table: its first cell is the field's JSON pointer in backquotes. */
    private static final Pattern ROW = Pattern.compile("(?m)^\\|\\s*`(/[^`]*)`");

    @Test
    void everyFieldTheReaderAcceptsIsDocumentedAndEveryDocumentedFieldExists() throws Exception {
        TreeSet<String> accepted = new TreeSet<>();
        ObjectMapper mapper = PlanReader.create().mapper();
        collect(mapper, mapper.constructType(Plan.class), "", accepted);
        assertFalse(accepted.isEmpty());

        TreeSet<String> documented = new TreeSet<>();
        Matcher row = ROW.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        while (row.find()) {
            documented.add(row.group(1));
        }
        List<String> undocumented = new ArrayList<>(accepted);
        undocumented.removeAll(documented);
        List<String> unknown = new ArrayList<>(documented);
        unknown.removeAll(accepted);
        assertEquals(List.of(), undocumented, "fields the plan reader accepts that " + DOC + " does not document");
        assertEquals(List.of(), unknown, "fields " + DOC + " documents that the plan reader does not accept");
    }

    /** The JSON pointers of a plan class's fields: leaves, and objects and lists with their own fields. */
    static void collect(ObjectMapper mapper, JavaType type, String prefix, TreeSet<String> out) {
        for (BeanPropertyDefinition property : mapper.getDeserializationConfig().introspect(type).findProperties()) {
            if (!property.hasSetter() && !property.hasField()) {
                continue;
            }
            String pointer = prefix + "/" + property.getName();
            JavaType propertyType = property.getPrimaryType();
            out.add(pointer);
            if (propertyType.isCollectionLikeType()) {
                JavaType element = propertyType.getContentType();
                if (isPlanClass(element)) {
                    collect(mapper, element, pointer + "/*", out);
                }
            } else if (isPlanClass(propertyType)) {
                collect(mapper, propertyType, pointer, out);
            }
        }
    }

    private static boolean isPlanClass(JavaType type) {
        return type.getRawClass().getPackageName().equals(Plan.class.getPackageName()) && !type.isEnumType();
    }
}
