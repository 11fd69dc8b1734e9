package dk.peermentor.attendance;

/** How a trainee made up a teaching day they missed. */
public enum MakeUpKind {
    /** Attended the same unit's teaching day in another cohort, marked there by its trainer. */
    GUEST,
    /** Went through the unit with a trainer in a catch-up conversation. */
    CONVERSATION
}
