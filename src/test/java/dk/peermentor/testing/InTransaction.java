package dk.peermentor.testing;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Runs a piece of an in-container test in a transaction of its own, as a request would. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class InTransaction {

    @PersistenceContext
    EntityManager em;

    public <T> T call(Function<EntityManager, T> work) {
        return work.apply(em);
    }

    public void run(Consumer<EntityManager> work) {
        work.accept(em);
    }
}
