package dev.kakuho.plan;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields a plan may carry, as the plan reader binds them: every JSON pointer of the plan
 * ({@code /period/end}), and for each element type of the plan's lists ({@code Target}) its own
 * fields. Derived from the plan classes through the reader's own mapper, so it cannot drift from
 * what the reader accepts.
 */
public final class PlanContract {

    private static final PlanContract INSTANCE = new PlanContract(PlanReader.create().mapper());

    private final Set<String> pointers = new TreeSet<>();
    private final Map<Class<?>, Set<String>> itemFields = new LinkedHashMap<>();

    private PlanContract(ObjectMapper mapper) {
        walk(mapper, mapper.constructType(Plan.class), "", pointers);
    }

    public static PlanContract get() {
        return INSTANCE;
    }

    /** Every pointer into a plan, objects and leaves alike, e.g. {@code /period}, {@code /period/end}. */
    public Set<String> pointers() {
        return pointers;
    }

    /**
     * The fields of the plan class named {@code simpleName} (a list element type such as {@code Target},
     * or {@code Plan} itself as pointers), or null when the plan has no such class.
     */
    public Set<String> fieldsOf(String simpleName) {
        if (Plan.class.getSimpleName().equals(simpleName)) {
            return pointers;
        }
        for (Map.Entry<Class<?>, Set<String>> entry : itemFields.entrySet()) {
            if (entry.getKey().getSimpleName().equals(simpleName)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private void walk(ObjectMapper mapper, JavaType type, String prefix, Set<String> into) {
        for (BeanPropertyDefinition property : mapper.getDeserializationConfig().introspect(type).findProperties()) {
            if (!property.hasSetter() && !property.hasField() && !property.hasConstructorParameter()) {
                continue;
            }
            if (property.getPrimaryMember() != null && property.getPrimaryMember().hasAnnotation(
                    com.fasterxml.jackson.annotation.JsonIgnore.class)) {
                continue;
            }
            String pointer = prefix + "/" + property.getName();
            into.add(pointer);
            JavaType propertyType = property.getPrimaryType();
            if (propertyType.isCollectionLikeType() || propertyType.isArrayType()) {
                JavaType element = propertyType.getContentType();
                if (isPlanBean(element) && !itemFields.containsKey(element.getRawClass())) {
                    Set<String> fields = new TreeSet<>();
                    itemFields.put(element.getRawClass(), fields);
                    Set<String> nested = new TreeSet<>();
                    walk(mapper, element, "", nested);
                    nested.forEach(p -> fields.add(p.substring(1)));
                }
            } else if (isPlanBean(propertyType)) {
                walk(mapper, propertyType, pointer, into);
            }
        }
    }

    private static boolean isPlanBean(JavaType type) {
        Class<?> raw = type.getRawClass();
        return raw.getPackageName().equals(Plan.class.getPackageName()) && !raw.isEnum();
    }
}
