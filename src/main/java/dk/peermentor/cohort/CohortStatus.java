package dk.peermentor.cohort;

/** Where a cohort stands, derived from its teaching days and the date; never stored as a free field. */
public enum CohortStatus {
    /** Not all six days are scheduled yet, or the first has not come. */
    PLANNED,
    /** The first teaching day has come and the last has not passed. */
    RUNNING,
    /** The last teaching day has passed. */
    COMPLETED,
    /** Called off by a coordinator, with a reason. */
    CANCELLED
}
