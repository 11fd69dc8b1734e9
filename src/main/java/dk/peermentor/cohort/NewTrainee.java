package dk.peermentor.cohort;

import java.io.Serializable;
import java.time.LocalDate;

import dk.peermentor.platform.Language;

/** An applicant as a coordinator types them in (or as a line of an imported file). */
public record NewTrainee(String givenName, String familyName, String email, String phone, LocalDate dateOfBirth,
        Language language) implements Serializable {
}
