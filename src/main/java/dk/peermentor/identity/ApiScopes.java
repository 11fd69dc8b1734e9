package dk.peermentor.identity;

/**
 * The groups an API client of the matching module is logged in with (bearer token or JWT). Readers
 * read the eligible pool and its feed; writers may also report match status.
 */
public final class ApiScopes {

    public static final String READ = "MATCHING_READ";
    public static final String WRITE = "MATCHING_WRITE";

    private ApiScopes() {
    }
}
