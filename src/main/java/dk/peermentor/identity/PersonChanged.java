package dk.peermentor.identity;

/**
 * The person's account was deactivated or reactivated, or the person was erased; fired in the
 * changing transaction, so features that depend on these facts (the matching pool) follow at once.
 */
public record PersonChanged(Person person) {
}
