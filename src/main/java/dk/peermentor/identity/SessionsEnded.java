package dk.peermentor.identity;

/**
 * An account's sessions were ended ({@link Account#endSessions()}) by a change its owner may have made
 * in this very session: that session goes on under the new generation, every other one is over.
 */
record SessionsEnded(long accountId, int generation) {
}
