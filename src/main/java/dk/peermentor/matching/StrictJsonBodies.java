package dk.peermentor.matching;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Every request body the API reads: at most {@link #MAX_BYTES} (counted while reading, so a chunked
 * body without a length is held to it too; more is 413), and a JSON object with only the fields its
 * record declares (any other is 400 naming it), as the OpenAPI document says
 * ({@code additionalProperties: false}).
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    /** Far above any match-status report (a few dozen bytes). */
    static final int MAX_BYTES = 16 * 1024;
    /** Far deeper than any body the API takes (a report is one level). */
    static final int MAX_DEPTH = 8;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String charset = context.getMediaType() == null ? null : context.getMediaType().getParameters().get("charset");
        if (charset != null && !charset.equalsIgnoreCase("UTF-8")) {
            // JSON is UTF-8 (RFC 8259); a body said to be in another charset is not read as if it were.
            throw new WebApplicationException(Response.Status.UNSUPPORTED_MEDIA_TYPE);
        }
        byte[] body = readAtMost(context.getInputStream(), MAX_BYTES);
        if (context.getType().isRecord() && body.length > 0) {
            requireOneShallowObject(new String(body, StandardCharsets.UTF_8));
            Set<String> declared = Arrays.stream(context.getType().getRecordComponents())
                    .map(RecordComponent::getName).collect(Collectors.toSet());
            try (JsonReader reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
                JsonStructure json = reader.read();
                if (json.getValueType() == JsonValue.ValueType.OBJECT) {
                    for (String field : json.asJsonObject().keySet()) {
                        if (!declared.contains(field)) {
                            throw new InvalidInput(field.length() > 60 ? field.substring(0, 60) : field,
                                    "problem.field.unknown");
                        }
                    }
                }
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /**
     * One JSON object, nested at most {@value #MAX_DEPTH} deep, and nothing after it: thousands of
     * nested arrays would otherwise reach the binding's recursion, and a second object be ignored.
     */
    static void requireOneShallowObject(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw new JsonException("not an object");
            }
            int depth = 1;
            while (depth > 0) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw new JsonException("nested too deep");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> { }
                }
            }
            if (parser.hasNext()) {
                throw new JsonException("more after the object");
            }
        } catch (NoSuchElementException e) {
            throw new JsonException("ends early", e);
        }
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] read = in.readNBytes(max + 1);
        if (read.length > max) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        return read;
    }
}
