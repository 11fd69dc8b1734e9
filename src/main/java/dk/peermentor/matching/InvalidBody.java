package dk.peermentor.matching;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that Bean Validation refused: 400 problem naming each field. Its own mapper,
 * because Jersey's mapper for validation exceptions would otherwise win over {@link ApiProblems}.
 */
@Provider
public class InvalidBody implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            fields.put(fieldOf(violation.getPropertyPath()), "problem.field." + constraintOf(violation));
        }
        return ApiProblems.response(ApiProblems.invalid(ApiProblems.languageOf(headers),
                uri.getRequestUri().getRawPath(), fields));
    }

    /** The last name of the path ("state"); a missing body is the parameter itself ("body"). */
    private static String fieldOf(Path path) {
        String name = "body";
        int depth = 0;
        for (Path.Node node : path) {
            depth++;
            if (depth > 2 && node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }

    private static String constraintOf(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
}
