package dk.peermentor.identity;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import dk.peermentor.audit.AuditActors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The audit log's view of accounts: actors by name (one query per page of entries), readers by role. */
@ApplicationScoped
public class AccountNames implements AuditActors {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Override
    public boolean callerMayReadLog() {
        return currentUser.has(Role.COORDINATOR);
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Account a join fetch a.person where a.id in :ids", Account.class)
                .setParameter("ids", accountIds).getResultStream()
                .collect(Collectors.toMap(Account::id,
                        a -> a.person().isErased() ? "#" + a.id() : a.person().fullName() + " <" + a.person().email() + ">"));
    }
}
