package dk.peermentor.identity;

/**
 * What a person may do. A person can hold several: a coordinator who also teaches is both.
 * The names are the container roles of web.xml and {@code @RolesAllowed}.
 */
public enum Role {
    /** Plans cohorts, enrols, certifies, manages accounts and sees the audit log. */
    COORDINATOR,
    /** Records attendance for the cohorts they are assigned to. */
    TRAINER,
    /** Reads their own materials, progress and certificate. */
    TRAINEE;

    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String TRAINER_NAME = "TRAINER";
    public static final String TRAINEE_NAME = "TRAINEE";
}
