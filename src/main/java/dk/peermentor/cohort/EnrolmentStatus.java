package dk.peermentor.cohort;

/** The life of a trainee's place in a cohort. */
public enum EnrolmentStatus {
    /** Has applied; not yet given a place. */
    APPLIED,
    /** Applied to a full cohort; gets a place when one comes free, first come first served. */
    WAITING,
    /** Has a place and takes part in the teaching days. */
    ENROLLED,
    /** Left the cohort, with a reason; the attendance recorded so far stays on record. */
    WITHDRAWN,
    /** Went through all six teaching days. */
    COMPLETED
}
