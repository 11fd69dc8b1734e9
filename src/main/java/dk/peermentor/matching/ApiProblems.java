package dk.peermentor.matching;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import dk.peermentor.platform.AccessDenied;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.Messages;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.Problem;
import dk.peermentor.platform.RuleViolation;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every failure of an API call becomes an {@code application/problem+json} answer in the client's
 * language: refused rules 400, missing scope 403, unknown mentor 404, what JAX-RS refuses (bad JSON,
 * wrong media type, unknown path) with its status, and anything else 500 without a word of the
 * exception (that goes to the log, under the reference the answer names).
 */
@Provider
public class ApiProblems implements ExceptionMapper<Throwable> {

    // Names of the reusable responses in the OpenAPI document (MatchingApi declares them).
    static final String BAD_REQUEST = "BadRequest";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String FORBIDDEN = "Forbidden";
    static final String NOT_FOUND = "NotFound";
    static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    static final String PRECONDITION_FAILED = "PreconditionFailed";
    static final String TOO_LARGE = "TooLarge";
    static final String SERVER_ERROR = "ServerError";
    static final String ETAG_HEADER = "ETag";

    private static final Logger LOG = Logger.getLogger(ApiProblems.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable thrown) {
        Language language = languageOf(headers);
        String instance = uri.getRequestUri().getRawPath();
        Problem problem;
        if (find(thrown, RuleViolation.class) instanceof RuleViolation violation) {
            problem = Problem.of("rule", 400, language, instance).withDetail(Messages.explain(violation, language));
        } else if (find(thrown, InvalidInput.class) instanceof InvalidInput invalid) {
            problem = invalid(language, instance, invalid.fields());
        } else if (find(thrown, AccessDenied.class) != null) {
            problem = Problem.of("forbidden", 403, language, instance);
        } else if (find(thrown, NotFound.class) != null) {
            problem = Problem.of("notFound", 404, language, instance);
        } else if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() != 400) {
            problem = ofStatus(web.getResponse().getStatus(), language, instance);
        } else if (find(thrown, JsonbException.class) != null || find(thrown, JsonException.class) != null
                || thrown instanceof WebApplicationException) {
            problem = Problem.of("malformed", 400, language, instance);
        } else {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "API call failed, reference " + reference + ": " + instance, thrown);
            problem = Problem.of("server", 500, language, instance, reference);
        }
        return response(problem);
    }

    static Problem invalid(Language language, String instance, Map<String, String> fieldKeys) {
        Map<String, String> fields = new TreeMap<>();
        fieldKeys.forEach((field, key) -> fields.put(field, Messages.text(language, key)));
        return Problem.of("invalid", 400, language, instance, String.join(", ", fields.keySet())).withFields(fields);
    }

    static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE + ";charset=UTF-8").entity(problem.toJson())
                .build();
    }

    static Language languageOf(HttpHeaders headers) {
        return Language.preferredBy(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static Problem ofStatus(int status, Language language, String instance) {
        String kind = switch (status) {
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 406 -> "notAcceptable";
            case 412 -> "preconditionFailed";
            case 413 -> "tooLarge";
            case 415 -> "unsupportedMediaType";
            default -> status >= 500 ? "server" : "malformed";
        };
        return Problem.of(kind, status, language, instance);
    }

    private static Throwable find(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }
}
