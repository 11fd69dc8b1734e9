package dk.peermentor.certificates;

import dk.peermentor.identity.Person;

/**
 * A certificate of this person was issued or revoked, fired in the changing transaction, so that
 * whatever follows from holding one (the matching pool) is kept true without certificates knowing it.
 */
public record CertificateChanged(Person person) {
}
