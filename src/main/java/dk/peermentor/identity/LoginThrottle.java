package dk.peermentor.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.peermentor.audit.AuditAction;
import dk.peermentor.audit.AuditLog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Slows and then stops password guessing. After {@code peermentor.login.max-failures} failures for
 * one login name within the window, or four times as many from one address, logins for it are
 * refused until the window has passed since the last failure. The name is throttled whether or not
 * an account has it, so the answer never tells which names exist. Kept in the database, so every
 * node of a cluster sees the same count.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int ADDRESS_FACTOR = 4;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "peermentor.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "peermentor.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    public static String normalise(String loginName) {
        String name = loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT);
        return name.length() > 254 ? name.substring(0, 254) : name;
    }

    /** Until when logins for this name or from this address are refused, if they are. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Instant> lockedUntil(String loginName, String address) {
        Instant since = clock.instant().minus(window());
        Optional<Instant> byName = lastFailureIfAtLeast("f.loginName", normalise(loginName), since, maxFailures);
        Optional<Instant> byAddress = lastFailureIfAtLeast("f.address", address, since, maxFailures * ADDRESS_FACTOR);
        return byName.or(() -> byAddress).map(last -> last.plus(window()));
    }

    // The failures themselves rather than max(f.occurredAt): on PostgreSQL an aggregate over a
    // timestamptz reaches EclipseLink as java.sql.Timestamp, which the Instant converter cannot take
    // (a 500 on every login after a failure); entities are read with the column's own type.
    private Optional<Instant> lastFailureIfAtLeast(String field, String value, Instant since, int limit) {
        List<LoginFailure> latest = em.createQuery("select f from LoginFailure f where " + field
                + " = :value and f.occurredAt > :since order by f.occurredAt desc", LoginFailure.class)
                .setParameter("value", value).setParameter("since", since).setMaxResults(limit).getResultList();
        return latest.size() >= limit ? Optional.of(latest.get(0).occurredAt()) : Optional.empty();
    }

    /** How many recent failures this name has had, counting recent ones only. */
    @Transactional(TxType.SUPPORTS)
    public long recentFailures(String loginName) {
        return em.createQuery("select count(f) from LoginFailure f where f.loginName = :name and f.occurredAt > :since",
                Long.class).setParameter("name", normalise(loginName))
                .setParameter("since", clock.instant().minus(window())).getSingleResult();
    }

    /**
     * Counts a failure, in its own transaction so a failed login leaves its trace. Returns whether
     * this failure locked the name.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean recordFailure(String loginName, String address, Long accountId) {
        Instant now = clock.instant();
        em.createQuery("delete from LoginFailure f where f.occurredAt <= :before")
                .setParameter("before", now.minus(window())).executeUpdate();
        em.persist(new LoginFailure(normalise(loginName), address, now));
        em.flush();
        boolean lockedNow = recentFailures(loginName) == maxFailures;
        if (lockedNow) {
            audit.recordAnonymous(AuditAction.LOCKED_OUT, accountId, address, accountId == null ? null : "Account",
                    accountId, "until " + now.plus(window()));
        }
        return lockedNow;
    }

    /** A successful login clears the name's failures. */
    @Transactional(TxType.REQUIRES_NEW)
    public void recordSuccess(String loginName) {
        em.createQuery("delete from LoginFailure f where f.loginName = :name")
                .setParameter("name", normalise(loginName)).executeUpdate();
    }

    /** The names locked now, with their unlock time, for the coordinators' user list. */
    @Transactional(TxType.SUPPORTS)
    public List<Lock> currentLocks() {
        Instant since = clock.instant().minus(window());
        // The locked names' failures, latest per name in Java: not max(f.occurredAt), see above.
        Map<String, Instant> latest = new TreeMap<>();
        em.createQuery("""
                select f from LoginFailure f where f.occurredAt > :since and f.loginName in (
                    select g.loginName from LoginFailure g where g.occurredAt > :since
                    group by g.loginName having count(g) >= :limit)
                """, LoginFailure.class)
                .setParameter("since", since).setParameter("limit", (long) maxFailures)
                .getResultStream()
                .forEach(f -> latest.merge(f.loginName(), f.occurredAt(), (a, b) -> a.isAfter(b) ? a : b));
        return latest.entrySet().stream().map(e -> new Lock(e.getKey(), e.getValue().plus(window()))).toList();
    }

    /** A coordinator lifts a lock before its time (the person called them, say). */
    @Transactional(TxType.REQUIRED)
    public void lift(String loginName) {
        em.createQuery("delete from LoginFailure f where f.loginName = :name")
                .setParameter("name", normalise(loginName)).executeUpdate();
    }

    /** A short, growing pause before answering a failed login: guessing gets slow before it gets locked. */
    public Duration pauseAfterFailure(long failures) {
        return Duration.ofMillis(Math.min(1_000, Math.max(0, failures - 1) * 200));
    }

    private Duration window() {
        return Duration.ofMinutes(lockMinutes);
    }

    /** A locked login name and when it opens again. */
    public record Lock(String loginName, Instant until) {
    }
}
