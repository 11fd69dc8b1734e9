package dk.peermentor.cohort;

import java.util.List;

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
    COMPLETED;

    /** The statuses of trainees who take part: their attendance counts, their materials are open. */
    public static final List<EnrolmentStatus> TAKING_PART = List.of(ENROLLED, COMPLETED);
}
