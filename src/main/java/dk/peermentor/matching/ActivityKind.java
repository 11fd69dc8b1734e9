package dk.peermentor.matching;

/** The kinds of activity a peer mentor would like to share with a peer (the seed project's four). */
public enum ActivityKind {
    LEISURE,
    SPORT,
    EVERYDAY,
    EDUCATION
}
