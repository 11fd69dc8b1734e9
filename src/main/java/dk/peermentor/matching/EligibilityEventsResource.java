package dk.peermentor.matching;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.peermentor.platform.PublicUrl;
import dk.peermentor.platform.Problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /api/v1/eligibility-events}: the ordered feed of became eligible / updated / no longer
 * eligible. A reader keeps the last position it processed and asks for what came after it.
 */
@Path("eligibility-events")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RequestScoped
@Tag(name = "eligibility-events")
@SecurityRequirement(name = MatchingApi.BEARER)
public class EligibilityEventsResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    @Inject
    PublicUrl publicUrl;

    @Inject
    MentorPool pool;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Events after a position, oldest first",
            description = "Positions have no gaps and follow commit order: store `after` of the answer once the"
                    + " items are processed and ask with it next time; nothing is missed or repeated.")
    @APIResponse(responseCode = "200", description = "The events (possibly none)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EventList")))
    // On the method: Payara leaves class-level responses out of a resource with a single operation.
    @APIResponse(responseCode = "400", ref = ApiProblems.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiProblems.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiProblems.FORBIDDEN)
    @APIResponse(responseCode = "500", ref = ApiProblems.SERVER_ERROR)
    public Response events(
            @Parameter(description = "The last position already processed; 0 (the default) for the start",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", defaultValue = "0"))
            @QueryParam("after") String after,
            @Parameter(description = "At most this many (1-500)", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "500", defaultValue = "100")) @QueryParam("limit") String limit) {
        long position = InvalidInput.parseLong("after", after, 0);
        List<EligibilityEvent> events = pool.eventsAfter(position,
                InvalidInput.parseInt("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
        long last = events.isEmpty() ? position : events.get(events.size() - 1).position();
        String next = publicUrl.of("api/v1/" + uri.getBaseUri().relativize(
                uri.getRequestUriBuilder().replaceQueryParam("after", last).build()));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new EventList(events, last, next)).cacheControl(noStore).build();
    }
}
