package dk.peermentor.cohort;

import dk.peermentor.platform.RuleViolation;

/**
 * The applicant is outside the programme's age range. Nothing was saved; the coordinator may enrol
 * them anyway by giving a reason.
 */
public class AgeExceptionNeeded extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public AgeExceptionNeeded(int minAge, int maxAge) {
        super("rule.enrolment.age", minAge, maxAge);
    }
}
