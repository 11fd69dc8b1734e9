package dk.peermentor.matching;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.Json;
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

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = readAtMost(context.getInputStream(), MAX_BYTES);
        if (context.getType().isRecord() && body.length > 0) {
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

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] read = in.readNBytes(max + 1);
        if (read.length > max) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        return read;
    }
}
