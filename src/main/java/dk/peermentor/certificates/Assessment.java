package dk.peermentor.certificates;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import dk.peermentor.cohort.EnrolmentStatus;

/**
 * One trainee of a cohort against the certification rule: the reasons in words why not (none when
 * the rule is met) and the certificate they hold, if any.
 */
public record Assessment(long enrolmentId, String name, EnrolmentStatus status, List<String> reasons,
        Issued certificate) implements Serializable {

    /** A certificate on record: its number, and whether it still stands. */
    public record Issued(long id, String number, String code, LocalDate issuedOn, boolean revoked,
            String revocationReason) implements Serializable {
    }

    public boolean meetsRule() {
        return reasons.isEmpty();
    }

    /** Meets the rule and holds no certificate yet: the coordinator may issue one. */
    public boolean canBeIssued() {
        return meetsRule() && certificate == null;
    }
}
