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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * A JSON answer with a strong ETag over its exact bytes, and 304 when the client already has them.
 * The body is serialised here (not by JAX-RS) so that the tag and the bytes sent cannot differ.
 */
final class TaggedJson {

    private static final Jsonb JSON = JsonbBuilder.create();

    private TaggedJson() {
    }

    static Response of(Object body, Request request) {
        byte[] bytes = JSON.toJson(body).getBytes(StandardCharsets.UTF_8);
        EntityTag tag = new EntityTag(sha256(bytes));
        // Personal data: no shared cache may keep it, and the client must ask again each time.
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).build();
        }
        return Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).tag(tag).cacheControl(cache)
                .build();
    }

    private static String sha256(byte[] bytes) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
