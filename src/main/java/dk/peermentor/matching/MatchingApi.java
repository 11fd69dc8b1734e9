package dk.peermentor.matching;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The API the matching module reads the eligible pool through (docs/api.md). Every call carries a
 * bearer token of an API client or a JWT; the login mechanism checks it before a resource runs.
 * The schemas and shared responses of the OpenAPI document are in {@code META-INF/openapi.yaml}.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Peer mentor education: eligible mentors for matching", version = "1",
                description = "Who may be offered as a peer mentor, what they chose to share, and the feed of changes."
                        + " Errors are application/problem+json (RFC 9457). See docs/api.md."),
        security = @SecurityRequirement(name = MatchingApi.BEARER))
@SecurityScheme(securitySchemeName = MatchingApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The token of an API client (created by a coordinator on /coordinator/api-clients), or a"
                + " MicroProfile JWT with the group MATCHING_READ (and MATCHING_WRITE to report match status).")
public class MatchingApi extends Application {

    static final String BEARER = "bearer";

    /** No WADL: an OPTIONS request would otherwise describe the API and name the Jersey version. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
