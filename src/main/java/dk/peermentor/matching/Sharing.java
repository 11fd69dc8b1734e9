package dk.peermentor.matching;

/** Which of their contact details a graduate lets the matching module see; nothing unless chosen. */
public record Sharing(boolean firstName, boolean email, boolean phone) {

    public static final Sharing NOTHING = new Sharing(false, false, false);
}
