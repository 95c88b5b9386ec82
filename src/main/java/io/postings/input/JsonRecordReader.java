package io.postings.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A JSON array of objects, or JSON Lines (one object per line; also any sequence of
 * top-level objects), through Jackson's streaming parser: one object in memory at a time.
 * Nested objects flatten into dotted lower-cased names ({@code company.name}); arrays are
 * kept as their JSON text, which the list parsers of the normalizer read. A top-level
 * element that is not an object is rejected; broken JSON ends the input with an error,
 * since a streaming parser cannot find the next record reliably after it.
 */
public final class JsonRecordReader implements RecordReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(16 << 20)
                    .maxNumberLength(100)
                    .build())
            .build();

    private final String source;
    private final RejectListener rejects;
    private final JsonParser parser;
    private boolean inArray;
    private boolean started;

    public JsonRecordReader(String source, InputStream in, RejectListener rejects) throws IOException {
        this.source = source;
        this.rejects = rejects;
        this.parser = FACTORY.createParser(in);
    }

    @Override
    public RawRecord next() throws IOException {
        try {
            while (true) {
                JsonToken token = parser.nextToken();
                if (!started) {
                    started = true;
                    if (token == null) {
                        throw new InputException(source + ": empty input, no JSON records");
                    }
                    if (token == JsonToken.START_ARRAY) {
                        inArray = true;
                        continue;
                    }
                }
                if (token == null) {
                    if (inArray) {
                        throw new InputException(source + ": truncated JSON, the top-level array is not closed");
                    }
                    return null;
                }
                if (inArray && token == JsonToken.END_ARRAY) {
                    if (parser.nextToken() != null) {
                        throw new InputException(source + ":" + line() + ": unexpected content after the top-level array");
                    }
                    return null;
                }
                long line = line();
                if (token != JsonToken.START_OBJECT) {
                    String raw = parser.currentToken().isStructStart() ? skipAsText() : parser.getText();
                    rejects.rejected(source, line, "not_an_object", raw);
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                readObject("", values);
                return new RawRecord(source, line, values);
            }
        } catch (JsonProcessingException e) {
            // Limit violations (nesting depth, number length) carry no location of their own.
            JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new InputException(source + ":" + where.getLineNr() + ": broken JSON ("
                    + e.getOriginalMessage() + ")", e);
        }
    }

    private long line() {
        return parser.currentTokenLocation().getLineNr();
    }

    private void readObject(String prefix, Map<String, String> values) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = prefix + parser.currentName().trim().toLowerCase(Locale.ROOT);
            JsonToken value = parser.nextToken();
            switch (value) {
                case START_OBJECT -> readObject(name + ".", values);
                case START_ARRAY -> values.putIfAbsent(name, skipAsText());
                case VALUE_NULL -> { }
                default -> values.putIfAbsent(name, parser.getText());
            }
        }
    }

    /** The current array or object, copied out as compact JSON text. */
    private String skipAsText() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.copyCurrentStructure(parser);
        }
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
