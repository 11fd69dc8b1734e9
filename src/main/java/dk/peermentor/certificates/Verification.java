package dk.peermentor.certificates;

import java.time.LocalDate;

/** What the public verify page may tell about a certificate: valid or revoked, name, course, date; nothing else. */
public record Verification(boolean valid, String name, String course, LocalDate issuedOn) {
}
