package dk.peermentor.cohort;

/** What happened when a coordinator enrolled someone. */
public enum EnrolmentOutcome {
    /** They have a place. */
    ENROLLED,
    /** The cohort is full; they are on the waiting list. */
    WAITING
}
