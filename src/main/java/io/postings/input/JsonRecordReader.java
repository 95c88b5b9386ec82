package io.postings.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
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
                    + JsonObjects.describe(first, lines.readLine(40).text()) + ", not an array of objects or one object per line");
        }
    }

    /**
     * JSON Lines when the first line is a whole object and another line follows; otherwise (an
     * object spread over lines, or a single line) the streaming parser reads from the start.
     */
    private void chooseMode(long line) throws IOException {
        LineSource.Line head = lines.readLine(Limits.MAX_FIELD_CHARS);
        if (head.complete() && JsonObjects.isWholeObject(head.text()) && lines.peekNonBlank() >= 0) {
            firstLine = head;
            firstLineNumber = line;
            return;
        }
        String prefix = head.complete() ? head.text() + "\n" : head.text();
        stream(new JoinedReader(prefix, lines), line);
    }

    private void stream(Reader from, long line) throws IOException {
        this.parser = JsonObjects.FACTORY.createParser(from);
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
                    rejects.rejected(source, number, ProblemKind.RECORD_TOO_LARGE, Limits.cut(line.text()));
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
        try (JsonParser p = JsonObjects.FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                rejects.rejected(source, number, ProblemKind.NOT_AN_OBJECT, line.strip());
                return null;
            }
            JsonObjects.Fields fields = new JsonObjects.Fields();
            JsonObjects.readObject(p, "", fields);
            if (p.nextToken() != null) {
                rejects.rejected(source, number, ProblemKind.MALFORMED_JSON, line);
                return null;
            }
            if (fields.tooLarge != null) {
                rejects.rejected(source, number, fields.tooLarge, Limits.cut(line));
                return null;
            }
            return record(number, fields.values);
        } catch (StreamConstraintsException e) {
            rejects.rejected(source, number, JsonObjects.isNesting(e) ? ProblemKind.TOO_DEEPLY_NESTED : ProblemKind.FIELD_TOO_LARGE, Limits.cut(line));
            return null;
        } catch (JsonProcessingException e) {
            rejects.rejected(source, number, ProblemKind.MALFORMED_JSON, line);
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
                    String raw = token.isStructStart() ? JsonObjects.arrayText(parser, Limits.RAW_CUT) : parser.getText();
                    rejects.rejected(source, line, ProblemKind.NOT_AN_OBJECT, raw == null ? "(over " + Limits.RAW_CUT + " characters)" : raw);
                    continue;
                }
                JsonObjects.Fields fields = new JsonObjects.Fields();
                if (!inArray) {
                    topLevelObjects++;
                }
                if (maybeWrapper && !inArray) {
                    maybeWrapper = false;
                    String wrapper = JsonObjects.readObjectOrWrapper(parser, fields);
                    if (wrapper == null && topLevelObjects == 1) {
                        objectArrayField = fields.objectArray;
                    }
                    if (wrapper != null) {
                        recordsAt = wrapper;
                        inArray = true;
                        continue;
                    }
                } else {
                    JsonObjects.readObject(parser, "", fields);
                }
                if (fields.tooLarge != null) {
                    // The raw text is gone (streamed past, never held): the fields before the limit stand for it.
                    rejects.rejected(source, line, fields.tooLarge, Limits.cut(JsonObjects.json(fields.values)) + " …");
                    continue;
                }
                return record(line, fields.values);
            }
        } catch (StreamConstraintsException e) {
            throw new InputException(source + ":" + where(e) + ": JSON over the reader's limits: " + JsonObjects.limit(e)
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

    /** The wrapper array the records were read from ("jobs" of {"jobs": [...]}), or null. */
    public String recordsAt() {
        return recordsAt;
    }

    private RawRecord record(long line, Map<String, String> values) {
        String damaged = text.replacedIn(values.values());
        if (damaged != null) {
            rejects.damaged(source, line, ProblemKind.INVALID_UTF8, damaged);
        }
        return new RawRecord(source, line, values);
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

}
