package dk.peermentor.platform;

import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * An error answer of the API in the format of RFC 9457 ({@code application/problem+json}). The
 * title and detail come from the bundles ({@code problem.<kind>.title}, {@code .detail}), in the
 * language the client asks for; nothing of an exception's own text ever goes into one.
 *
 * @param type     {@code urn:peermentor:problem:<kind>}, stable: clients may switch on it
 * @param fields   for invalid input: which field, and what is wrong with it (may be empty)
 */
public record Problem(String type, String title, int status, String detail, String instance,
        Map<String, String> fields) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of {@code kind} with the bundle's title and detail (the detail's arguments given). */
    public static Problem of(String kind, int status, Language language, String instance, Object... arguments) {
        return new Problem(typeOf(kind), Messages.text(language, "problem." + kind + ".title"), status,
                Messages.text(language, "problem." + kind + ".detail", arguments), instance, Map.of());
    }

    public static String typeOf(String kind) {
        return "urn:peermentor:problem:" + kind;
    }

    public Problem withDetail(String newDetail) {
        return new Problem(type, title, status, newDetail, instance, fields);
    }

    public Problem withFields(Map<String, String> newFields) {
        return new Problem(type, title, status, detail, instance, Map.copyOf(newFields));
    }

    /** The JSON text, for the one writer outside JAX-RS: the login mechanism's 401. */
    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("type", type).add("title", title).add("status", status)
                .add("detail", detail);
        if (instance != null) {
            json.add("instance", instance);
        }
        if (!fields.isEmpty()) {
            JsonObjectBuilder named = Json.createObjectBuilder();
            fields.forEach(named::add);
            json.add("fields", named);
        }
        return json.build().toString();
    }
}
