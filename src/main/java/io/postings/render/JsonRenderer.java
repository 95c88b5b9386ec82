package io.postings.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/**
 * Machine output: the report records as JSON with snake_case names in record order, exact
 * values (counts as integers, shares as fractions), nulls kept so the shape never changes
 * (a component marked {@code @JsonInclude(NON_NULL)} is left out when null). Doubles are
 * written by Jackson's Schubfach writer, whose digits are the same on every JDK
 * (Double.toString changed in JDK 19), and lines end in \n on every platform.
 *
 * <p>The records are walked here, onto jackson-core's streaming generator, instead of handed
 * to jackson-databind: databind's mapper and the serializers it introspects for each record
 * type were a quarter of the main thread's start-up in a small JSON run (docs/performance.md,
 * round 6). The bytes are the ones databind wrote; {@code JsonRendererTest} holds the two side by side.
 */
public final class JsonRenderer {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    /** Each record type's components as written: accessor, JSON name, whether a null is left out. */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] declared = type.getRecordComponents();
            Component[] out = new Component[declared.length];
            for (int i = 0; i < declared.length; i++) {
                RecordComponent c = declared[i];
                Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                // JsonInclude does not target record components: Java puts it on the accessor (and field).
                JsonInclude include = accessor.getAnnotation(JsonInclude.class);
                out[i] = new Component(accessor, snakeCase(c.getName()),
                        include != null && include.value() == JsonInclude.Include.NON_NULL);
            }
            return out;
        }
    };

    private record Component(Method accessor, String name, boolean omitNull) {
    }

    private JsonRenderer() {
    }

    /** Any report record the same way: snake_case, record order, exact values. */
    public static void write(Object report, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            value(json, report);
        }
        out.write('\n');
    }

    private static void value(JsonGenerator json, Object v) throws IOException {
        if (v == null) {
            json.writeNull();
        } else if (v instanceof String s) {
            json.writeString(s);
        } else if (v instanceof Double d) {
            json.writeNumber(d);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            json.writeNumber(((Number) v).longValue());
        } else if (v instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (v instanceof Record r) {
            record(json, r);
        } else if (v instanceof TreeNode node) {
            // Before Iterable: a parsed JSON value iterates over its children.
            tree(json, node);
        } else if (v instanceof Iterable<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (v instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName(String.valueOf(e.getKey()));
                value(json, e.getValue());
            }
            json.writeEndObject();
        } else if (v instanceof Enum<?> e) {
            json.writeString(e.name());
        } else if (v instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            json.writeNumber(i);
        } else if (v instanceof Float f) {
            json.writeNumber(f);
        } else if (v instanceof double[] values) {
            json.writeStartArray();
            for (double d : values) {
                json.writeNumber(d);
            }
            json.writeEndArray();
        } else if (v instanceof long[] values) {
            json.writeStartArray();
            for (long l : values) {
                json.writeNumber(l);
            }
            json.writeEndArray();
        } else if (v instanceof int[] values) {
            json.writeStartArray();
            for (int i : values) {
                json.writeNumber(i);
            }
            json.writeEndArray();
        } else {
            // A report type this writer does not know is a bug to find in the tests, not output to guess at.
            throw new IllegalArgumentException("no JSON form for " + v.getClass().getName());
        }
    }

    private static void record(JsonGenerator json, Record r) throws IOException {
        json.writeStartObject();
        for (Component c : COMPONENTS.get(r.getClass())) {
            Object v;
            try {
                v = c.accessor().invoke(r);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            }
            if (v == null && c.omitNull()) {
                continue;
            }
            json.writeFieldName(c.name());
            value(json, v);
        }
        json.writeEndObject();
    }

    /** A parsed JSON value that a report carries as it was read ({@code check}'s changes). */
    private static void tree(JsonGenerator json, TreeNode node) throws IOException {
        if (node.isObject()) {
            json.writeStartObject();
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                json.writeFieldName(name);
                tree(json, node.get(name));
            }
            json.writeEndObject();
        } else if (node.isArray()) {
            json.writeStartArray();
            for (int i = 0; i < node.size(); i++) {
                tree(json, node.get(i));
            }
            json.writeEndArray();
        } else if (node instanceof com.fasterxml.jackson.databind.JsonNode leaf) {
            leaf(json, leaf);
        } else {
            throw new IllegalArgumentException("no JSON form for " + node.getClass().getName());
        }
    }

    private static void leaf(JsonGenerator json, com.fasterxml.jackson.databind.JsonNode leaf) throws IOException {
        if (leaf.isNull() || leaf.isMissingNode()) {
            json.writeNull();
        } else if (leaf.isTextual()) {
            json.writeString(leaf.textValue());
        } else if (leaf.isBoolean()) {
            json.writeBoolean(leaf.booleanValue());
        } else if (leaf.isNumber()) {
            value(json, leaf.numberValue());
        } else {
            throw new IllegalArgumentException("no JSON form for " + leaf.getNodeType());
        }
    }

    /**
     * A component's JSON name: an underscore before each capital that follows a lower-case
     * letter or digit, all lower case (Jackson's SNAKE_CASE, which names the saved reports).
     */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        boolean previousUpper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (!previousUpper && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
                previousUpper = true;
            } else {
                out.append(c);
                previousUpper = false;
            }
        }
        return out.toString();
    }
}
