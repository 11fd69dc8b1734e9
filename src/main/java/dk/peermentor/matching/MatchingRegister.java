package dk.peermentor.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dk.peermentor.audit.AuditAction;
import dk.peermentor.audit.AuditLog;
import dk.peermentor.identity.Account;
import dk.peermentor.identity.CurrentUser;
import dk.peermentor.identity.Person;
import dk.peermentor.identity.Role;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.Messages;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.RuleViolation;
import dk.peermentor.platform.TableExport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The coordinator's register of the pool: who is eligible (filtered), the counts, the CSV export,
 * a person's history of eligibility changes, and pausing with a reason and lifting it (audited).
 */
@ApplicationScoped
@Transactional
public class MatchingRegister {

    static final String RECORD = "MatchingPause";
    static final int REGISTER_MAX = 2000;
    /**
     * The rows the register page shows (the first by name; the filters and the CSV reach the rest):
     * a national pool of 12,000 made a 1.3 MB page that took half a second, and the 2,000 it
     * showed were not the first by name but the first by id (docs/performance.md).
     */
    public static final int PAGE_ROWS = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    MentorPool pool;

    @Inject
    EligibilityService eligibility;

    @Inject
    MatchingRecords records;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The eligible pool with names, by name, up to {@link #REGISTER_MAX} (the CSV). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> eligible(MentorFilter filter) {
        return eligible(filter, REGISTER_MAX);
    }

    /** The first {@code max} of the eligible pool with names, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> eligible(MentorFilter filter, int max) {
        currentUser.require(Role.COORDINATOR);
        List<PoolEntry> entries = pool.find(filter, null, max, true);
        List<MentorView> views = pool.viewsOf(entries);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Person person = entries.get(i).person();
            rows.add(new Row(person.id(), person.fullName(), views.get(i), entries.get(i).matchReportedBy()));
        }
        rows.sort(Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts counts() {
        currentUser.require(Role.COORDINATOR);
        long eligibleCount = em.createQuery("select count(e) from PoolEntry e where e.eligible = true", Long.class)
                .getSingleResult();
        long matched = em.createQuery("""
                select count(e) from PoolEntry e where e.eligible = true and e.matchState = :matched
                """, Long.class).setParameter("matched", MatchState.MATCHED).getSingleResult();
        long paused = em.createQuery("select count(p) from MatchingPause p where p.liftedAt is null", Long.class)
                .getSingleResult();
        return new Counts(eligibleCount, paused, matched);
    }

    /** The pauses in force, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Paused> paused() {
        currentUser.require(Role.COORDINATOR);
        return em.createQuery("""
                select p from MatchingPause p join fetch p.person join fetch p.pausedBy where p.liftedAt is null
                order by p.pausedAt
                """, MatchingPause.class).getResultStream()
                .map(p -> new Paused(p.person().id(), p.person().fullName(), p.reason(), p.pausedAt(),
                        p.pausedBy().fullName()))
                .toList();
    }

    /** Takes a graduate out of the pool for a while; the pause is audited, the reason shown to them. */
    public void pause(long personId, String reason) {
        Account me = currentUser.require(Role.COORDINATOR);
        Person person = person(personId);
        if (records.pauseInForce(person).isPresent()) {
            throw new RuleViolation("rule.matching.alreadyPaused", person.fullName());
        }
        MatchingPause pause = new MatchingPause(person, reason, me.person(), clock.instant());
        em.persist(pause);
        em.flush();
        // The reason stays in the pause (erased with the person), not in the append-only audit log.
        audit.record(AuditAction.MATCHING_CHANGED, RECORD, pause.id(), null, "paused");
        eligibility.reassess(person);
    }

    public void lift(long personId) {
        Account me = currentUser.require(Role.COORDINATOR);
        Person person = person(personId);
        MatchingPause pause = records.pauseInForce(person)
                .orElseThrow(() -> new RuleViolation("rule.matching.notPaused"));
        pause.lift(me.person(), clock.instant());
        audit.record(AuditAction.MATCHING_CHANGED, RECORD, pause.id(), "paused", "lifted");
        eligibility.reassess(person);
    }

    /** A person's history, newest first: consents, pauses and the feed's entries about them, in {@code language}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public History history(long personId, Language language) {
        currentUser.require(Role.COORDINATOR);
        Person person = person(personId);
        List<HistoryLine> lines = new ArrayList<>();
        for (MatchingConsent c : records.consentsOf(person)) {
            lines.add(new HistoryLine(c.givenAt(), Messages.text(language, "matching.history.consented", c.textVersion())));
            if (c.withdrawnAt() != null) {
                lines.add(new HistoryLine(c.withdrawnAt(), Messages.text(language, "matching.history.withdrawn")));
            }
        }
        for (MatchingPause p : records.pausesOf(person)) {
            lines.add(new HistoryLine(p.pausedAt(), Messages.text(language, "matching.history.paused", p.reason(),
                    p.pausedBy().fullName())));
            if (p.liftedAt() != null) {
                lines.add(new HistoryLine(p.liftedAt(), Messages.text(language, "matching.history.lifted",
                        p.liftedBy().fullName())));
            }
        }
        eligibility.entryOf(person).ifPresent(entry -> em.createQuery("""
                select f from FeedEntry f where f.mentorId = :id order by f.position
                """, FeedEntry.class).setParameter("id", entry.publicId()).getResultStream().map(FeedEntry::event)
                .forEach(e -> lines.add(new HistoryLine(e.occurredAt(),
                        Messages.text(language, "matching.history." + e.change().name())))));
        lines.sort(Comparator.comparing(HistoryLine::at).reversed());
        return new History(person.fullName(), lines);
    }

    /** The filtered register as a table for download (CSV for Excel). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TableExport export(MentorFilter filter, Language language) {
        List<List<Object>> rows = eligible(filter).stream().map(r -> {
            MentorProfile p = r.view().profile();
            return List.<Object>of(r.name(), r.view().id(), String.join(", ", p.languages()),
                    String.join(", ", p.interests()),
                    String.join(", ", p.activityKinds().stream().map(k -> Messages.text(language, "matching.kind." + k)).toList()),
                    p.frequency() == null ? "" : Messages.text(language, "matching.frequency." + p.frequency()),
                    String.join(", ", p.days().stream().map(d -> Messages.text(language, "matching.day." + d)).toList()),
                    nullToEmpty(p.area()), nullToEmpty(p.ageBand()), nullToEmpty(p.gender()),
                    r.view().certifiedOn(), r.view().matchState() == null ? ""
                            : Messages.text(language, "matching.matchState." + r.view().matchState()));
        }).toList();
        List<String> header = List.of("name", "id", "languages", "interests", "activities", "frequency", "days", "area",
                "ageBand", "gender", "certifiedOn", "matchState").stream()
                .map(k -> Messages.text(language, "matching.column." + k)).toList();
        return new TableExport(Messages.text(language, "matching.register.title"), header, rows);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private Person person(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFound("person " + personId);
        }
        return person;
    }

    /** One line of the register: the person (for the coordinator) and what the API shows. */
    public record Row(long personId, String name, MentorView view, String matchReportedBy) {
    }

    public record Counts(long eligible, long paused, long matched) {
    }

    public record Paused(long personId, String name, String reason, Instant pausedAt, String pausedBy) {
    }

    public record HistoryLine(Instant at, String text) {
    }

    public record History(String name, List<HistoryLine> lines) {
    }
}
