package dk.peermentor.matching;

/** What the matching module reports about a mentor: matched with a peer, or the match has ended. */
public enum MatchState {
    MATCHED,
    ENDED
}
