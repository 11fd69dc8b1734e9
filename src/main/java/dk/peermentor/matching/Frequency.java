package dk.peermentor.matching;

/** How often a peer mentor can meet a peer. */
public enum Frequency {
    WEEKLY,
    EVERY_OTHER_WEEK
}
