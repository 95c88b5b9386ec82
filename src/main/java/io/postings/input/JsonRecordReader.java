package io.postings.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A JSON array of objects, or JSON Lines (one object per line; also any sequence of
 * top-level objects), through Jackson's streaming parser: one object in memory at a time.
 * Nested objects flatten into dotted lower-cased names ({@code company.name}); arrays are
 * kept as their JSON text, which the list parsers of the normalizer read.
 *
 * <p>JSON Lines (the first line a whole object, and more lines after it) is read line by
 * line, so a broken line is rejected ({@code malformed_json}) and the next one read. In an
 * array, or objects spread over several lines, a streaming parser cannot find the next
 * record reliably after broken JSON, so that ends the input with an error. Either way an
 * element that is not an object is rejected ({@code not_an_object}), and so is an object
 * with a value over {@link Limits#MAX_FIELD_CHARS} ({@code field_too_large}) or over
 * {@link Limits#MAX_RECORD_CHARS} in all ({@code record_too_large}); a document that is not an
 * array or objects at all (a bare string or number) is an error.
 */
public final class JsonRecordReader implements RecordReader {
    private static final int MAX_DEPTH = 64;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    // A longer string cannot even be skipped by the streaming parser: it ends the input.
                    .maxStringLength(Limits.MAX_RECORD_CHARS)
                    .maxNumberLength(100)
                    .build())
            .build();
    /** Jackson's "[Source: ...; line: 2, column: 5]" in its messages, for our own "line 2". */
    private static final Pattern LOCATION = Pattern.compile(
            "\\s*\\[Source: [^\\]]*?line: (\\d+), column: \\d+\\]");

    private final String source;
    private final RejectListener rejects;
    private final Utf8Text text;
    private final LineSource lines;
    /** The parser over the rest of the input when it is not read line by line. */
    private JsonParser parser;
    /** Lines before the one the streaming parser starts on. */
    private long lineOffset;
    private boolean inArray;
    /**
     * Names of an API response's array of records: {"jobs": [...]} (Greenhouse, Remotive),
     * {"results": [...]} (Adzuna). A streamed top-level object with such an array field is a
     * wrapper: its records are the array's elements, its other fields are skipped.
     */
    private static final java.util.Set<String> WRAPPERS = java.util.Set.of("jobs", "results", "postings", "data", "items",
            "hits", "records", "listings", "entries", "rows", "docs", "vacancies", "job_postings", "jobpostings");
    /** Streamed top-level objects read so far, and the first one's first field holding an array of objects. */
    private long topLevelObjects;
    private String objectArrayField;
    /** Streamed: the next top-level object may be a wrapper. */
    private boolean maybeWrapper = true;
    /** The wrapper's array name once records were found inside one, else null. */
    private String recordsAt;
    /** Line mode: the first line, read to find out the mode and not yet handed out. */
    private LineSource.Line firstLine;
    private long firstLineNumber;

    public JsonRecordReader(String source, InputStream in, RejectListener rejects) throws IOException {
        this.source = source;
        this.rejects = rejects;
        this.text = new Utf8Text(in);
        this.lines = new LineSource(text);
        int first = lines.peekNonBlank();
        long line = lines.line();
        if (first < 0) {
            throw new InputException(source + ": empty input, no JSON records");
        }
        if (first == '[') {
            stream(lines, line);
            inArray = true;
            parser.nextToken();
        } else if (first == '{') {
            chooseMode(line);
        } else {
            throw new InputException(source + ":" + line + ": not JSON records: the document starts with "
                    + describe(first, lines.readLine(40).text()) + ", not an array of objects or one object per line");
        }
    }

    /**
     * JSON Lines when the first line is a whole object and another line follows; otherwise (an
     * object spread over lines, or a single line) the streaming parser reads from the start.
     */
    private void chooseMode(long line) throws IOException {
        LineSource.Line head = lines.readLine(Limits.MAX_FIELD_CHARS);
        if (head.complete() && isWholeObject(head.text()) && lines.peekNonBlank() >= 0) {
            firstLine = head;
            firstLineNumber = line;
            return;
        }
        String prefix = head.complete() ? head.text() + "\n" : head.text();
        stream(new Joined(prefix, lines), line);
    }

    private static boolean isWholeObject(String line) throws IOException {
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

    private void stream(Reader from, long line) throws IOException {
        this.parser = FACTORY.createParser(from);
        this.lineOffset = line - 1;
    }

    @Override
    public String noRecords() {
        return "no records (an empty JSON array)";
    }

    @Override
    public RawRecord next() throws IOException {
        return parser == null ? nextLine() : nextStreamed();
    }

    // ---- JSON Lines, one line at a time ----

    private RawRecord nextLine() throws IOException {
        while (true) {
            LineSource.Line line;
            long number;
            if (firstLine != null) {
                line = firstLine;
                number = firstLineNumber;
                firstLine = null;
            } else {
                if (lines.peekNonBlank() < 0) {
                    return null;
                }
                number = lines.line();
                line = lines.readLine(Limits.MAX_RECORD_CHARS);
                if (!line.complete()) {
                    lines.skipLine();
                    rejects.rejected(source, number, "record_too_large", Limits.cut(line.text()));
                    continue;
                }
            }
            RawRecord record = parseLine(line.text(), number);
            if (record != null) {
                return record;
            }
        }
    }

    private RawRecord parseLine(String line, long number) throws IOException {
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                rejects.rejected(source, number, "not_an_object", line.strip());
                return null;
            }
            Fields fields = new Fields();
            readObject(p, "", fields);
            if (p.nextToken() != null) {
                rejects.rejected(source, number, "malformed_json", line);
                return null;
            }
            if (fields.tooLarge != null) {
                rejects.rejected(source, number, fields.tooLarge, Limits.cut(line));
                return null;
            }
            return record(number, fields.values);
        } catch (StreamConstraintsException e) {
            rejects.rejected(source, number, isNesting(e) ? "too_deeply_nested" : "field_too_large", Limits.cut(line));
            return null;
        } catch (JsonProcessingException e) {
            rejects.rejected(source, number, "malformed_json", line);
            return null;
        }
    }

    // ---- an array, or objects over several lines, streamed ----

    private RawRecord nextStreamed() throws IOException {
        try {
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    if (inArray) {
                        throw new InputException(source + ": truncated JSON, the top-level array is not closed");
                    }
                    if (topLevelObjects == 1 && objectArrayField != null && recordsAt == null) {
                        // One object holding a list of objects is an API response around the records far more
                        // often than a dump of one posting: never count the wrapper as a posting.
                        throw new InputException(source + ": one JSON object whose field \"" + objectArrayField
                                + "\" holds an array of objects (records wrapped in an API response?); it is not read as"
                                + " a posting: extract the records first, e.g. jq -c '.[\"" + objectArrayField + "\"][]'");
                    }
                    return null;
                }
                if (inArray && token == JsonToken.END_ARRAY) {
                    if (recordsAt != null) {
                        // The end of a wrapper's array: skip the wrapper's other fields; another wrapper may follow.
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            parser.nextToken();
                            parser.skipChildren();
                        }
                        inArray = false;
                        maybeWrapper = true;
                        continue;
                    }
                    if (parser.nextToken() != null) {
                        throw new InputException(source + ":" + line() + ": unexpected content after the top-level array");
                    }
                    return null;
                }
                long line = line();
                if (token != JsonToken.START_OBJECT) {
                    String raw = token.isStructStart() ? arrayText(parser, Limits.RAW_CUT) : parser.getText();
                    rejects.rejected(source, line, "not_an_object", raw == null ? "(over " + Limits.RAW_CUT + " characters)" : raw);
                    continue;
                }
                Fields fields = new Fields();
                if (!inArray) {
                    topLevelObjects++;
                }
                if (maybeWrapper && !inArray) {
                    maybeWrapper = false;
                    String wrapper = readObjectOrWrapper(parser, fields);
                    if (wrapper == null && topLevelObjects == 1) {
                        objectArrayField = fields.objectArray;
                    }
                    if (wrapper != null) {
                        recordsAt = wrapper;
                        inArray = true;
                        continue;
                    }
                } else {
                    readObject(parser, "", fields);
                }
                if (fields.tooLarge != null) {
                    // The raw text is gone (streamed past, never held): the fields before the limit stand for it.
                    rejects.rejected(source, line, fields.tooLarge, Limits.cut(json(fields.values)) + " …");
                    continue;
                }
                return record(line, fields.values);
            }
        } catch (StreamConstraintsException e) {
            throw new InputException(source + ":" + where(e) + ": JSON over the reader's limits: " + limit(e)
                    + "; the input cannot be read past it", e);
        } catch (JsonProcessingException e) {
            throw new InputException(source + ":" + where(e) + ": broken JSON ("
                    + LOCATION.matcher(e.getOriginalMessage()).replaceAll(" (line $1)") + ")", e);
        }
    }

    private long line() {
        return parser.currentTokenLocation().getLineNr() + lineOffset;
    }

    private long where(JsonProcessingException e) {
        // Limit violations carry no location of their own.
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return at.getLineNr() + lineOffset;
    }

    // ---- shared ----

    /** The values of one object, and whether it was over a size limit (then its kind of reject). */
    private static final class Fields {
        final Map<String, String> values = new LinkedHashMap<>();
        long chars;
        String tooLarge;
        /** The first top-level field whose value is an array of objects (as read by {@link #readObjectOrWrapper}). */
        String objectArray;

        void put(String name, String value) {
            if (value.length() > Limits.MAX_FIELD_CHARS) {
                tooLarge = "field_too_large";
                return;
            }
            chars += name.length() + value.length();
            if (chars > Limits.MAX_RECORD_CHARS) {
                tooLarge = "record_too_large";
                return;
            }
            values.putIfAbsent(name, value);
        }
    }

    /** The wrapper array the records were read from ("jobs" of {"jobs": [...]}), or null. */
    public String recordsAt() {
        return recordsAt;
    }

    /**
     * As {@link #readObject} for a document's first top-level object, unless it has a wrapper
     * array field ({@link #WRAPPERS}): then it stops inside that array and returns its name.
     */
    private static String readObjectOrWrapper(JsonParser p, Fields fields) throws IOException {
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
    private static void readObject(JsonParser p, String prefix, Fields fields) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = prefix + p.currentName().trim().toLowerCase(Locale.ROOT);
            readValue(p, name, p.nextToken(), fields);
        }
    }

    /** One field's value, just read: objects flatten into dotted names, arrays are kept as JSON text. */
    private static void readValue(JsonParser p, String name, JsonToken value, Fields fields) throws IOException {
        if (fields.tooLarge != null) {
            p.skipChildren();
            return;
        }
        switch (value) {
            case START_OBJECT -> readObject(p, name + ".", fields);
            case START_ARRAY -> {
                String array = arrayText(p, Limits.MAX_FIELD_CHARS);
                if (array == null) {
                    fields.tooLarge = "field_too_large";
                } else {
                    fields.put(name, array);
                }
            }
            case VALUE_NULL -> { }
            default -> fields.put(name, p.getText());
        }
    }

    private RawRecord record(long line, Map<String, String> values) {
        String damaged = text.replacedIn(values.values());
        if (damaged != null) {
            rejects.damaged(source, line, "invalid_utf8", damaged);
        }
        return new RawRecord(source, line, values);
    }

    /** The current array or object as compact JSON text, or null when it is over {@code max} characters. */
    private static String arrayText(JsonParser p, int max) throws IOException {
        Bounded out = new Bounded(max);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.copyCurrentStructure(p);
        }
        return out.over ? null : out.text.toString();
    }

    private static String json(Map<String, String> values) throws IOException {
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

    private static boolean isNesting(StreamConstraintsException e) {
        return String.valueOf(e.getOriginalMessage()).contains("nesting depth");
    }

    private static String limit(StreamConstraintsException e) {
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

    private static String describe(int c, String start) {
        if (c == '"') {
            return "a string";
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return "a number";
        }
        return "'" + start + "'";
    }

    @Override
    public void close() throws IOException {
        try {
            if (parser != null) {
                parser.close();
            }
        } finally {
            lines.close();
        }
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

    /** {@code head}, then the rest of {@code tail}. */
    private static final class Joined extends Reader {
        private final Reader head;
        private final Reader tail;
        private boolean inTail;

        Joined(String head, Reader tail) {
            this.head = new StringReader(head);
            this.tail = tail;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (!inTail) {
                int n = head.read(buf, off, len);
                if (n > 0) {
                    return n;
                }
                inTail = true;
            }
            return tail.read(buf, off, len);
        }

        @Override
        public void close() throws IOException {
            tail.close();
        }
    }
}
