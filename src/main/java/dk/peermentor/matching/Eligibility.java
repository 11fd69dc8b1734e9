package dk.peermentor.matching;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rule of the pool, from facts only: a graduate may be offered for matching when they hold a
 * valid certificate, are within the programme's mentor age range today, have an active account, are
 * not erased, have consented and are not paused. Pure, so every edge is tested without a container.
 */
public record Eligibility(Set<Reason> reasons) {

    /** Why someone is not in the pool; none means they are. */
    public enum Reason {
        NO_CERTIFICATE,
        AGE_UNKNOWN,
        OUTSIDE_AGE_RANGE,
        INACTIVE,
        ERASED,
        NO_CONSENT,
        PAUSED
    }

    /** What the rule looks at; {@code minAge}/{@code maxAge} are those of the certificate's programme. */
    public record Facts(boolean validCertificate, LocalDate dateOfBirth, int minAge, int maxAge, boolean active,
            boolean erased, boolean consented, boolean paused) {
    }

    public Eligibility {
        reasons = reasons.isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(reasons);
    }

    public static Eligibility of(Facts facts, LocalDate today) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (facts.erased()) {
            reasons.add(Reason.ERASED);
        }
        if (!facts.validCertificate()) {
            reasons.add(Reason.NO_CERTIFICATE);
        } else if (facts.dateOfBirth() == null) {
            // The range cannot be checked without a date of birth; the coordinator records it.
            reasons.add(Reason.AGE_UNKNOWN);
        } else {
            int age = Period.between(facts.dateOfBirth(), today).getYears();
            if (age < facts.minAge() || age > facts.maxAge()) {
                reasons.add(Reason.OUTSIDE_AGE_RANGE);
            }
        }
        if (!facts.active()) {
            reasons.add(Reason.INACTIVE);
        }
        if (!facts.consented()) {
            reasons.add(Reason.NO_CONSENT);
        }
        if (facts.paused()) {
            reasons.add(Reason.PAUSED);
        }
        return new Eligibility(reasons);
    }

    public boolean isEligible() {
        return reasons.isEmpty();
    }
}
