package dk.peermentor.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Creates a year's counter row in a transaction of its own, so that two first issues of a year
 * cannot both insert it: the loser's insert fails here and both then lock the one row.
 */
@ApplicationScoped
public class CertificateCounters {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(int year) {
        if (em.find(CertificateCounter.class, year) == null) {
            em.persist(new CertificateCounter(year));
            em.flush();
        }
    }
}
