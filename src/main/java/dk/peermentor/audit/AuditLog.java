package dk.peermentor.audit;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dk.peermentor.platform.ClientAddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Writes and reads the audit log. An entry is written in the transaction of the change it
 * describes, so a change that is rolled back leaves no entry and an entry never lacks its change.
 * The actor is the logged-in account (its id is the caller principal's name).
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    @Inject
    Instance<HttpServletRequest> request;

    /** Records a change made by the current user. */
    @Transactional(TxType.MANDATORY)
    public void record(AuditAction action, String recordType, Long recordId, Object oldValue, Object newValue) {
        em.persist(new AuditEntry(clock.instant(), currentAccountId(), currentAddress(), action, recordType, recordId,
                text(oldValue), text(newValue)));
    }

    /** Records something that happened before anyone is logged in (a failed login), on its own. */
    @Transactional(TxType.REQUIRES_NEW)
    public void recordAnonymous(AuditAction action, Long actorAccountId, String address, String recordType,
            Long recordId, Object newValue) {
        em.persist(new AuditEntry(clock.instant(), actorAccountId, address, action, recordType, recordId, null,
                text(newValue)));
    }

    /** The newest entries first that match the filter, one page at a time. */
    @Transactional(TxType.SUPPORTS)
    public List<AuditEntry> find(AuditFilter filter, int first, int pageSize) {
        TypedQuery<AuditEntry> query = em.createQuery("select e from AuditEntry e" + where(filter)
                + " order by e.occurredAt desc, e.id desc", AuditEntry.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    @Transactional(TxType.SUPPORTS)
    public long count(AuditFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEntry e" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.action() != null) {
            conditions.add("e.action = :action");
        }
        if (filter.actorAccountId() != null) {
            conditions.add("e.actorAccountId = :actor");
        }
        if (filter.recordType() != null) {
            conditions.add("e.recordType = :recordType");
        }
        if (filter.recordId() != null) {
            conditions.add("e.recordId = :recordId");
        }
        if (filter.from() != null) {
            conditions.add("e.occurredAt >= :from");
        }
        if (filter.until() != null) {
            conditions.add("e.occurredAt < :until");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, AuditFilter filter) {
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
        if (filter.actorAccountId() != null) {
            query.setParameter("actor", filter.actorAccountId());
        }
        if (filter.recordType() != null) {
            query.setParameter("recordType", filter.recordType());
        }
        if (filter.recordId() != null) {
            query.setParameter("recordId", filter.recordId());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.until() != null) {
            query.setParameter("until", filter.until());
        }
    }

    private Long currentAccountId() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return null;
        }
        try {
            return Long.valueOf(caller.getName());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String currentAddress() {
        try {
            return request.isResolvable() ? ClientAddress.of(request.get()) : null;
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
