package dk.peermentor.platform;

/** What was asked for does not exist (or no longer does). The edge answers 404. */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String what) {
        super(what);
    }
}
