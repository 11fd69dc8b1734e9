package dk.peermentor.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.peermentor.matching.Eligibility.Facts;
import dk.peermentor.matching.Eligibility.Reason;

/** The pool's rule at each of its edges, the seed programme's 18-50 range. */
class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate AGED_30 = TODAY.minusYears(30);

    private static Facts everythingIn() {
        return new Facts(true, AGED_30, 18, 50, true, false, true, false);
    }

    private static Set<Reason> reasons(Facts facts) {
        return Eligibility.of(facts, TODAY).reasons();
    }

    @Test
    void aCertifiedActiveConsentingGraduateOfThirtyIsInThePool() {
        assertTrue(Eligibility.of(everythingIn(), TODAY).isEligible());
    }

    @Test
    void withoutACertificateNobodyIsInThePool() {
        assertEquals(Set.of(Reason.NO_CERTIFICATE), reasons(new Facts(false, AGED_30, 18, 50, true, false, true, false)));
    }

    @Test
    void aRevokedCertificateCountsAsNone() {
        // The service counts only certificates that are not revoked; a graduate whose one certificate was revoked has none.
        assertFalse(Eligibility.of(new Facts(false, AGED_30, 18, 50, true, false, true, false), TODAY).isEligible());
    }

    @Test
    void seventeenIsTooYoungAndEighteenIsOldEnoughOnTheBirthdayItself() {
        assertEquals(Set.of(Reason.OUTSIDE_AGE_RANGE), reasons(aged(TODAY.minusYears(18).plusDays(1))));
        assertEquals(Set.of(), reasons(aged(TODAY.minusYears(18))));
    }

    @Test
    void fiftyIsStillInUntilTheFiftyFirstBirthday() {
        assertEquals(Set.of(), reasons(aged(TODAY.minusYears(51).plusDays(1))));
        assertEquals(Set.of(Reason.OUTSIDE_AGE_RANGE), reasons(aged(TODAY.minusYears(51))));
    }

    @Test
    void theProgrammesOwnRangeApplies() {
        Facts narrower = new Facts(true, AGED_30, 18, 29, true, false, true, false);
        assertEquals(Set.of(Reason.OUTSIDE_AGE_RANGE), reasons(narrower));
    }

    @Test
    void anUnknownDateOfBirthCannotBeCheckedAgainstTheRange() {
        assertEquals(Set.of(Reason.AGE_UNKNOWN), reasons(aged(null)));
    }

    @Test
    void anInactiveAccountIsOut() {
        assertEquals(Set.of(Reason.INACTIVE), reasons(new Facts(true, AGED_30, 18, 50, false, false, true, false)));
    }

    @Test
    void anErasedPersonIsOut() {
        // Erasure also removes the date of birth, the account and the consent: every reason shows.
        assertTrue(reasons(new Facts(true, null, 18, 50, false, true, false, false))
                .containsAll(Set.of(Reason.ERASED, Reason.INACTIVE, Reason.NO_CONSENT)));
        assertEquals(Set.of(Reason.ERASED), reasons(new Facts(true, AGED_30, 18, 50, true, true, true, false)));
    }

    @Test
    void withoutConsentOrWithItWithdrawnNobodyIsOffered() {
        assertEquals(Set.of(Reason.NO_CONSENT), reasons(new Facts(true, AGED_30, 18, 50, true, false, false, false)));
    }

    @Test
    void aPausedGraduateIsOutWhateverElseHolds() {
        assertEquals(Set.of(Reason.PAUSED), reasons(new Facts(true, AGED_30, 18, 50, true, false, true, true)));
    }

    @Test
    void everyReasonIsGivenNotOnlyTheFirst() {
        assertEquals(Set.of(Reason.NO_CERTIFICATE, Reason.INACTIVE, Reason.NO_CONSENT, Reason.PAUSED),
                reasons(new Facts(false, AGED_30, 18, 50, false, false, false, true)));
    }

    private static Facts aged(LocalDate dateOfBirth) {
        return new Facts(true, dateOfBirth, 18, 50, true, false, true, false);
    }
}
