package dk.peermentor.cohort;

/** When a programme opens each unit's materials to its trainees. */
public enum MaterialsRelease {
    /** Every unit from the day the trainee is enrolled. */
    AT_ENROLMENT,
    /** Each unit from a number of days before its teaching day (14 by default). */
    BEFORE_DAY;

    public static final int DEFAULT_DAYS_BEFORE = 14;
    public static final int MAX_DAYS_BEFORE = 180;
}
