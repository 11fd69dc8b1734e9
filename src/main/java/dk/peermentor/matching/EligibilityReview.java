package dk.peermentor.matching;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Birthdays move people out of (and into) the programme's age range without anyone changing
 * anything, so every night shortly after midnight, Copenhagen time, everyone who could be in the
 * pool is assessed again, each in a transaction of their own.
 */
@Singleton
public class EligibilityReview {

    private static final Logger LOG = Logger.getLogger(EligibilityReview.class.getName());

    @Inject
    EligibilityService eligibility;

    @Schedule(hour = "0", minute = "5", timezone = "Europe/Copenhagen", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        reviewAll();
    }

    /** Re-assesses everyone with a consent in force or a place in the pool; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int reviewAll() {
        List<Long> people = eligibility.candidates();
        for (Long person : people) {
            try {
                eligibility.reassessOnItsOwn(person);
            } catch (RuntimeException e) {
                // One person's failure must not keep the others' rows stale; the next night tries again.
                LOG.log(Level.WARNING, "Could not re-assess person " + person + " for matching", e);
            }
        }
        return people.size();
    }
}
