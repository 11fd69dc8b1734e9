package dk.peermentor.matching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A JSON answer with a strong ETag over its exact bytes, and 304 when the client already has them.
 * The body is serialised here (not by JAX-RS) so that the tag and the bytes sent cannot differ.
 */
final class TaggedJson {

    private static final Jsonb JSON = JsonbBuilder.create();

    private TaggedJson() {
    }

    static Response of(Object body, HttpHeaders headers) {
        byte[] bytes = JSON.toJson(body).getBytes(StandardCharsets.UTF_8);
        String tag = sha256(bytes);
        // Personal data: no shared cache may keep it, and the client must ask again each time.
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        if (matchesAny(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            return Response.notModified(new EntityTag(tag)).cacheControl(cache).build();
        }
        return Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).tag(new EntityTag(tag))
                .cacheControl(cache).build();
    }

    /** The ETag (without quotes) that {@link #of} gives {@code body}. */
    static String tagOf(Object body) {
        return sha256(JSON.toJson(body).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether an If-None-Match or If-Match header names {@code tag} (or is {@code *}). Read leniently,
     * by hand: a header that is not a list of entity tags (garbage, an unterminated quote) names none,
     * where the JAX-RS parser would throw and answer 500.
     */
    static boolean matchesAny(String header, String tag) {
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String value = candidate.strip();
            if (value.equals("*")) {
                return true;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("\"" + tag + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(byte[] bytes) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
