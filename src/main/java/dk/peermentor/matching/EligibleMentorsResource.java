package dk.peermentor.matching;

import java.time.DayOfWeek;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.peermentor.identity.BearerAuthentication;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.PublicUrl;
import dk.peermentor.platform.Problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /api/v1/eligible-mentors}: the eligible pool, one mentor, and the match status the
 * matching module reports. Thin: {@link MentorPool} checks the caller's scopes.
 */
@Path("eligible-mentors")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RequestScoped
@Tag(name = "eligible-mentors")
@SecurityRequirement(name = MatchingApi.BEARER)
@APIResponse(responseCode = "400", ref = ApiProblems.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiProblems.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiProblems.FORBIDDEN)
@APIResponse(responseCode = "500", ref = ApiProblems.SERVER_ERROR)
public class EligibleMentorsResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    @Inject
    MentorPool pool;

    @Context
    HttpHeaders headers;

    @Inject
    PublicUrl publicUrl;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest servletRequest;

    @GET
    @Operation(summary = "Eligible mentors, a page at a time",
            description = "Ordered by id. Follow `next` (or pass `nextCursor` as `cursor`) until it is absent."
                    + " Filters combine with AND and ignore case; an unset filter does not filter.")
    @APIResponse(responseCode = "200", description = "A page of mentors",
            headers = {@Header(name = "ETag", ref = ApiProblems.ETAG_HEADER)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MentorList")))
    @APIResponse(responseCode = "304", description = "Not modified: the ETag of If-None-Match is still current")
    public Response list(
            @Parameter(description = "Municipality or postcode, as the mentor wrote it") @QueryParam("area") String area,
            @Parameter(description = "A language the mentor speaks") @QueryParam("language") String language,
            @Parameter(description = "An interest the mentor named") @QueryParam("interest") String interest,
            @Parameter(schema = @Schema(ref = "ActivityKind")) @QueryParam("activityKind") String activityKind,
            @Parameter(schema = @Schema(ref = "Frequency")) @QueryParam("frequency") String frequency,
            @Parameter(description = "A day of the week the mentor can meet",
                    schema = @Schema(ref = "DayOfWeek")) @QueryParam("day") String day,
            @Parameter(description = "`nextCursor` of the previous page; absent for the first") @QueryParam("cursor") String cursor,
            @Parameter(description = "At most this many (1-200)", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit) {
        MentorFilter filter = new MentorFilter(InvalidInput.text("area", area), InvalidInput.text("language", language),
                InvalidInput.text("interest", interest),
                InvalidInput.parse(ActivityKind.class, "activityKind", activityKind),
                InvalidInput.parse(Frequency.class, "frequency", frequency),
                InvalidInput.parse(DayOfWeek.class, "day", day));
        MentorPage page = pool.eligible(filter, InvalidInput.text("cursor", cursor),
                InvalidInput.parseInt("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
        String next = page.nextCursor() == null ? null
                : publicUrl.of("api/v1/" + uri.getBaseUri().relativize(
                        uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build()));
        return TaggedJson.of(new MentorList(page.mentors(), page.nextCursor(), next), headers);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One eligible mentor by their opaque id")
    @APIResponse(responseCode = "200", description = "The mentor",
            headers = {@Header(name = "ETag", ref = ApiProblems.ETAG_HEADER)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MentorView")))
    @APIResponse(responseCode = "304", description = "Not modified: the ETag of If-None-Match is still current")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public Response one(@PathParam("id") String id) {
        return TaggedJson.of(pool.eligibleMentor(id).orElseThrow(() -> new NotFound("eligible mentor " + id)), headers);
    }

    @PUT
    @Path("{id}/match-status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report that a mentor was matched with a peer, or that the match ended",
            description = "Needs a read-write client (MATCHING_WRITE). Coordinators see the status.")
    @APIResponse(responseCode = "200", description = "The mentor with the new status",
            headers = {@Header(name = "ETag", ref = ApiProblems.ETAG_HEADER)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MentorView")))
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiProblems.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiProblems.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiProblems.UNSUPPORTED_MEDIA_TYPE)
    public Response reportMatchStatus(@PathParam("id") String id, @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MatchStatusReport")))
            @NotNull @Valid MatchStatusReport report) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch != null) {
            // Against the mentor as the client last saw them, before anything changes.
            MentorView current = pool.eligibleMentor(id).orElseThrow(() -> new NotFound("eligible mentor " + id));
            if (!TaggedJson.matchesAny(ifMatch, TaggedJson.tagOf(current))) {
                throw new WebApplicationException(Response.Status.PRECONDITION_FAILED);
            }
        }
        String client = (String) servletRequest.getAttribute(BearerAuthentication.CLIENT_NAME);
        return TaggedJson.of(pool.reportMatchState(id, report.state(), client), headers);
    }

}
