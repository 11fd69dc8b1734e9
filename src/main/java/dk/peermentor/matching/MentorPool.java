package dk.peermentor.matching;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.peermentor.audit.AuditAction;
import dk.peermentor.audit.AuditLog;
import dk.peermentor.identity.ApiScopes;
import dk.peermentor.identity.CurrentUser;
import dk.peermentor.identity.Role;
import dk.peermentor.platform.Text;
import dk.peermentor.platform.AccessDenied;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.RuleViolation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

/**
 * The eligible pool as the matching module reads it through {@code /api/v1}, and the one thing it
 * writes: match status. Callers need {@link ApiScopes#READ} (reporting: {@link ApiScopes#WRITE}) or
 * the coordinator role; the checks are here, not only in the resources.
 */
@ApplicationScoped
@Transactional
public class MentorPool {

    static final String RECORD = "MentorPool";
    static final int MAX_PAGE = 100;
    static final int MAX_EVENTS = 1000;
    private static final String CURSOR_PREFIX = "after:";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    CurrentUser currentUser;

    @Inject
    EligibilityService eligibility;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Eligible mentors ordered by id, {@code limit} at most, after the cursor of the previous page (null: the first). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MentorPage eligible(MentorFilter filter, String cursor, int limit) {
        requireReader();
        return page(filter, cursor, limit);
    }

    /** The paging without the access check, for the tests. */
    @Transactional(Transactional.TxType.SUPPORTS)
    MentorPage page(MentorFilter filter, String cursor, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        // One more than asked tells whether a next page exists without counting.
        List<PoolEntry> entries = find(filter == null ? MentorFilter.NONE : filter, afterOf(cursor), size + 1);
        List<MentorView> views = viewsOf(entries.subList(0, Math.min(size, entries.size())));
        String next = entries.size() > size ? cursorAfter(views.get(size - 1).id()) : null;
        return new MentorPage(views, next);
    }

    /** An eligible mentor by their opaque id; empty when unknown or not eligible. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MentorView> eligibleMentor(String id) {
        requireReader();
        return eligibleEntry(id).map(e -> viewsOf(List.of(e)).get(0));
    }

    /** The feed after a position (0: from the start), in position order, {@code limit} at most. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EligibilityEvent> eventsAfter(long position, int limit) {
        requireReader();
        return feedAfter(position, Math.max(1, Math.min(limit, MAX_EVENTS)));
    }

    /** The feed's query without the access check, for the register and the tests. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<EligibilityEvent> feedAfter(long position, int limit) {
        return em.createQuery("select f from FeedEntry f where f.position > :after order by f.position", FeedEntry.class)
                .setParameter("after", position).setMaxResults(limit).getResultStream().map(FeedEntry::event).toList();
    }

    /**
     * The matching module reports a match or its end ({@code clientName}: who reported, for the
     * audit log and the coordinator). {@code NotFound} for an unknown or no longer eligible id.
     */
    public MentorView reportMatchState(String id, MatchState state, String clientName) {
        if (!security.isCallerInRole(ApiScopes.WRITE) && !currentUser.has(Role.COORDINATOR)) {
            throw new AccessDenied("match status needs " + ApiScopes.WRITE);
        }
        if (state == null) {
            throw new RuleViolation("rule.required", "matching.matchState");
        }
        // Locked before the row is read, as every change of a pool row is (see EligibilityService).
        eligibility.lockedCounter();
        PoolEntry entry = eligibleEntry(id).orElseThrow(() -> new NotFound("mentor " + id));
        MatchState before = entry.matchState();
        entry.reportMatch(state, clientName, clock.instant());
        eligibility.reassess(entry.person());
        // The actor of an API call is a client, not an account: its name goes with the new value.
        audit.record(AuditAction.MATCHING_CHANGED, RECORD, entry.id(), before, state + " reported by " + clientName);
        return viewsOf(List.of(entry)).get(0);
    }

    /** The eligible entries matching the filter, by public id, after {@code after} (null: from the start). */
    List<PoolEntry> find(MentorFilter filter, String after, int max) {
        return find(filter, after, max, false);
    }

    /**
     * As {@link #find(MentorFilter, String, int)}, by name when {@code byName} (the register): the
     * database picks the first {@code max} by name, so a pool larger than a page shows its first names,
     * not an arbitrary slice sorted afterwards.
     */
    List<PoolEntry> find(MentorFilter filter, String after, int max, boolean byName) {
        // eligibleSince is set exactly while eligible; a boolean literal would be printed as 1, which
        // H2 refuses, once EclipseLink inlines the values of a query with the profile's subquery.
        StringBuilder jpql = new StringBuilder("select e from PoolEntry e join fetch e.person where e.eligibleSince is not null");
        Map<String, Object> parameters = new HashMap<>();
        if (after != null) {
            jpql.append(" and e.publicId > :after");
            parameters.put("after", after);
        }
        List<String> onProfile = new ArrayList<>();
        if (present(filter.area())) {
            onProfile.add("lower(p.area) = :area");
            parameters.put("area", filter.area().strip().toLowerCase(Locale.ROOT));
        }
        if (present(filter.language())) {
            onProfile.add("lower(p.languages) like :language escape '!'");
            parameters.put("language", containing(MatchingProfile.element(filter.language())));
        }
        if (present(filter.interest())) {
            onProfile.add("lower(p.interests) like :interest escape '!'");
            parameters.put("interest", containing(MatchingProfile.element(filter.interest())));
        }
        if (filter.activityKind() != null) {
            onProfile.add("p.activityKinds like :kind");
            parameters.put("kind", "%|" + filter.activityKind().name() + "|%");
        }
        if (filter.frequency() != null) {
            onProfile.add("p.frequency = :frequency");
            parameters.put("frequency", filter.frequency());
        }
        if (filter.day() != null) {
            onProfile.add("p.days like :day");
            parameters.put("day", "%|" + filter.day().name() + "|%");
        }
        if (!onProfile.isEmpty()) {
            jpql.append(" and exists (select p from MatchingProfile p where p.person = e.person and ")
                    .append(String.join(" and ", onProfile)).append(')');
        }
        // By name as stored (the index person_name serves it); the page sorts its rows case-blind.
        jpql.append(byName ? " order by e.person.givenName, e.person.familyName, e.person.id" : " order by e.publicId");
        TypedQuery<PoolEntry> query = em.createQuery(jpql.toString(), PoolEntry.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(max).getResultList();
    }

    /** The views of entries in their order: profiles and certification days in two queries, not one per row. */
    List<MentorView> viewsOf(List<PoolEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Long> people = entries.stream().map(e -> e.person().id()).toList();
        Map<Long, MatchingProfile> profiles = em.createQuery(
                "select p from MatchingProfile p where p.person.id in :people", MatchingProfile.class)
                .setParameter("people", people).getResultStream()
                .collect(Collectors.toMap(p -> p.person().id(), Function.identity()));
        Map<Long, LocalDate> certified = new HashMap<>();
        em.createQuery("""
                select c.enrolment.person.id, min(c.issuedOn) from Certificate c
                where c.enrolment.person.id in :people and c.revokedAt is null group by c.enrolment.person.id
                """, Object[].class).setParameter("people", people).getResultStream()
                .forEach(row -> certified.put((Long) row[0], (LocalDate) row[1]));
        return entries.stream().map(e -> e.view(profiles.get(e.person().id()), certified.get(e.person().id())))
                .toList();
    }

    private Optional<PoolEntry> eligibleEntry(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return em.createQuery("select e from PoolEntry e join fetch e.person where e.publicId = :id and e.eligible = true",
                PoolEntry.class).setParameter("id", id).getResultStream().findFirst();
    }

    private void requireReader() {
        if (!security.isCallerInRole(ApiScopes.READ) && !security.isCallerInRole(ApiScopes.WRITE)
                && !currentUser.has(Role.COORDINATOR)) {
            throw new AccessDenied("the pool needs " + ApiScopes.READ);
        }
    }

    /** The cursor is opaque to clients: the last id of the page, wrapped, so its form can change later. */
    static String cursorAfter(String publicId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + publicId).getBytes(StandardCharsets.UTF_8));
    }

    static String afterOf(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            String id = decoded.startsWith(CURSOR_PREFIX) ? decoded.substring(CURSOR_PREFIX.length()) : "";
            if (id.matches("[0-9a-f]{32}")) {
                return id;
            }
        } catch (IllegalArgumentException notBase64) {
            // Answered below like any other cursor this service did not hand out.
        }
        throw new RuleViolation("rule.matching.badCursor");
    }

    /**
     * A like-pattern finding {@code element} anywhere. A typed % or _ is dropped rather than escaped:
     * an ESCAPE clause makes EclipseLink inline every value, and no language or interest needs them.
     */
    private static String containing(String element) {
        return Text.likeContaining(element);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
