package dk.peermentor.matching;

/** What an entry of the eligibility feed says happened to a mentor. The names are part of the API. */
public enum EligibilityChange {
    BECAME_ELIGIBLE,
    UPDATED,
    NO_LONGER_ELIGIBLE
}
