package io.postings.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How {@link JsonRecordReader} reads one JSON object into flat fields, whatever the mode (a
 * line of JSON Lines or a streamed element): nested objects flatten into dotted lower-cased
 * names, arrays are kept as compact JSON text, values over the size limits mark the object
 * too large, and an API response's wrapper array is recognised by its name. Also the parser's
 * limits and how their violations are told.
 */
final class JsonObjects {
    private static final int MAX_DEPTH = 64;
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    // A longer string cannot even be skipped by the streaming parser: it ends the input.
                    .maxStringLength(Limits.MAX_RECORD_CHARS)
                    .maxNumberLength(100)
                    .build())
            .build();

    /**
     * Names of an API response's array of records: {"jobs": [...]} (Greenhouse, Remotive),
     * {"results": [...]} (Adzuna). A streamed top-level object with such an array field is a
     * wrapper: its records are the array's elements, its other fields are skipped.
     */
    static final Set<String> WRAPPERS = Set.of("jobs", "results", "postings", "data", "items",
            "hits", "records", "listings", "entries", "rows", "docs", "vacancies", "job_postings", "jobpostings");

    private JsonObjects() {
    }

    static boolean isWholeObject(String line) throws IOException {
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            p.skipChildren();
            return true;
        } catch (JsonEOFException e) {
            return false;
        } catch (JsonProcessingException e) {
            // Running out of line inside the object means it goes on below (not JSON Lines);
            // broken before the end of the line means a broken line of JSON Lines, rejected there.
            return e.getLocation() == null || e.getLocation().getCharOffset() < line.length();
        }
    }

    /** The values of one object, and whether it was over a size limit (then its kind of reject). */
    static final class Fields {
        final Map<String, String> values = new LinkedHashMap<>();
        long chars;
        ProblemKind tooLarge;
        /** The first top-level field whose value is an array of objects (as read by {@link #readObjectOrWrapper}). */
        String objectArray;

        void put(String name, String value) {
            if (value.length() > Limits.MAX_FIELD_CHARS) {
                tooLarge = ProblemKind.FIELD_TOO_LARGE;
                return;
            }
            chars += name.length() + value.length();
            if (chars > Limits.MAX_RECORD_CHARS) {
                tooLarge = ProblemKind.RECORD_TOO_LARGE;
                return;
            }
            values.putIfAbsent(name, value);
        }
    }

    /**
     * As {@link #readObject} for a document's first top-level object, unless it has a wrapper
     * array field ({@link #WRAPPERS}): then it stops inside that array and returns its name.
     */
    static String readObjectOrWrapper(JsonParser p, Fields fields) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName().trim().toLowerCase(Locale.ROOT);
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_ARRAY && WRAPPERS.contains(name)) {
                return name;
            }
            readValue(p, name, value, fields);
            if (value == JsonToken.START_ARRAY && fields.objectArray == null) {
                String array = fields.values.get(name);
                if (array != null && array.startsWith("[{")) {
                    fields.objectArray = name;
                }
            }
        }
        return null;
    }

    /** Reads the fields of the object whose start was just read, up to and including its end. */
    static void readObject(JsonParser p, String prefix, Fields fields) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = prefix + p.currentName().trim().toLowerCase(Locale.ROOT);
            readValue(p, name, p.nextToken(), fields);
        }
    }

    /** One field's value, just read: objects flatten into dotted names, arrays are kept as JSON text. */
    static void readValue(JsonParser p, String name, JsonToken value, Fields fields) throws IOException {
        if (fields.tooLarge != null) {
            p.skipChildren();
            return;
        }
        switch (value) {
            case START_OBJECT -> readObject(p, name + ".", fields);
            case START_ARRAY -> {
                String array = arrayText(p, Limits.MAX_FIELD_CHARS);
                if (array == null) {
                    fields.tooLarge = ProblemKind.FIELD_TOO_LARGE;
                } else {
                    fields.put(name, array);
                }
            }
            case VALUE_NULL -> { }
            default -> fields.put(name, p.getText());
        }
    }

    /** The current array or object as compact JSON text, or null when it is over {@code max} characters. */
    static String arrayText(JsonParser p, int max) throws IOException {
        Bounded out = new Bounded(max);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.copyCurrentStructure(p);
        }
        return out.over ? null : out.text.toString();
    }

    static String json(Map<String, String> values) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.writeStartObject();
            for (Map.Entry<String, String> e : values.entrySet()) {
                generator.writeStringField(e.getKey(), e.getValue());
            }
            generator.writeEndObject();
        }
        return out.toString();
    }

    static boolean isNesting(StreamConstraintsException e) {
        return String.valueOf(e.getOriginalMessage()).contains("nesting depth");
    }

    static String limit(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (isNesting(e)) {
            return "nested deeper than " + MAX_DEPTH + " levels";
        }
        if (message.contains("String value length")) {
            return "a string longer than " + Limits.MAX_RECORD_CHARS + " characters";
        }
        if (message.contains("Number value length")) {
            return "a number longer than 100 digits";
        }
        return message;
    }

    static String describe(int c, String start) {
        if (c == '"') {
            return "a string";
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return "a number";
        }
        return "'" + start + "'";
    }

    /** Text collected up to a limit; past it only counted as too long (and dropped). */
    private static final class Bounded extends Writer {
        final StringBuilder text = new StringBuilder();
        final int max;
        boolean over;

        Bounded(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            if (over) {
                return;
            }
            if (text.length() + len > max) {
                over = true;
                text.setLength(0);
                return;
            }
            text.append(buf, off, len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
