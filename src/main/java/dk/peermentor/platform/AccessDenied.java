package dk.peermentor.platform;

/**
 * The current user may not see or change what they asked for. Thrown by the services; the edge
 * turns it into 403 (pages, downloads) or a problem+json answer (API), never into a stack trace.
 */
public class AccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDenied(String what) {
        super(what);
    }
}
