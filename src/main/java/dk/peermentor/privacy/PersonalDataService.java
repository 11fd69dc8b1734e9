package dk.peermentor.privacy;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.peermentor.attendance.Attendance;
import dk.peermentor.attendance.MakeUp;
import dk.peermentor.audit.AuditAction;
import dk.peermentor.audit.AuditEntry;
import dk.peermentor.audit.AuditLog;
import dk.peermentor.cohort.Enrolment;
import dk.peermentor.cohort.TrainerAssignment;
import dk.peermentor.identity.Account;
import dk.peermentor.identity.CurrentUser;
import dk.peermentor.identity.Person;
import dk.peermentor.identity.PersonChanged;
import dk.peermentor.identity.Role;
import dk.peermentor.matching.MatchingRecords;
import dk.peermentor.materials.ReflectionNote;
import dk.peermentor.materials.UnitReading;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.RuleViolation;
import dk.peermentor.platform.Text;
import dk.peermentor.platform.Time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The data-protection rights of the people in the course: access and portability (GDPR art. 15 and
 * 20: everything stored about a person as JSON) and erasure (art. 17: personal fields removed, the
 * pseudonymous rows kept so statistics and issued certificate numbers stay true). Also lists who
 * is due for erasure under the retention period.
 */
@ApplicationScoped
@Transactional
public class PersonalDataService {

    static final String RECORD = "Person";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<PersonChanged> personChanged;

    @Inject
    MatchingRecords matching;

    @Inject
    @ConfigProperty(name = "peermentor.retention.months", defaultValue = "60")
    int retentionMonths;

    /**
     * A coordinator exports one person's data. The export itself is audited. A trainee's reflection
     * notes are private: only their number is in it; the person's own export holds the text.
     */
    public JsonObject export(long personId) {
        currentUser.require(Role.COORDINATOR);
        return exportAndAudit(person(personId), false);
    }

    /** Anyone logged in exports their own data, private notes included. */
    public JsonObject exportOwn() {
        return exportAndAudit(person(currentUser.requirePerson().id()), true);
    }

    private JsonObject exportAndAudit(Person person, boolean own) {
        audit.record(AuditAction.PERSONAL_DATA_EXPORTED, RECORD, person.id(), null, null);
        JsonObjectBuilder export = Json.createObjectBuilder(exportOf(person));
        List<ReflectionNote> notes = em.createQuery(
                "select n from ReflectionNote n where n.author = :person order by n.unitId", ReflectionNote.class)
                .setParameter("person", person).getResultList();
        if (own) {
            JsonArrayBuilder texts = Json.createArrayBuilder();
            notes.forEach(n -> texts.add(Json.createObjectBuilder().add("unit", n.unitId()).add("text", n.body())
                    .add("updatedAt", n.updatedAt().toString())));
            export.add("reflectionNotes", texts);
        } else {
            export.add("privateReflectionNotes", notes.size());
        }
        JsonArrayBuilder read = Json.createArrayBuilder();
        em.createQuery("select r from UnitReading r where r.person = :person order by r.unitId", UnitReading.class)
                .setParameter("person", person).getResultStream()
                .forEach(r -> read.add(Json.createObjectBuilder().add("unit", r.unitId()).add("readAt", r.readAt().toString())));
        export.add("unitsRead", read);
        export.add("matching", matching.exportOf(person));
        return export.build();
    }

    /**
     * Erases a person. Their account stops working, contact data and notes about them are gone, the
     * enrolment and attendance rows stay without a name. Refused for one's own account.
     */
    public void erase(long personId, String reason) {
        Account me = currentUser.require(Role.COORDINATOR);
        Person person = person(personId);
        if (person.id().equals(me.person().id())) {
            throw new RuleViolation("rule.erasure.self");
        }
        String why = Text.atMost(Text.required(reason, "erasure.reason"), 200, "erasure.reason");
        accountOf(person).ifPresent(account -> {
            account.erase();
            em.createQuery("delete from OneTimeToken t where t.account = :account")
                    .setParameter("account", account).executeUpdate();
        });
        em.createQuery("delete from LoginFailure f where f.loginName = :email")
                .setParameter("email", person.email()).executeUpdate();
        for (Enrolment enrolment : enrolmentsOf(person)) {
            enrolment.forgetWithdrawalReason();
            attendanceOf(enrolment).forEach(Attendance::forgetNote);
            makeUpsOf(enrolment).forEach(MakeUp::forgetNote);
        }
        em.createQuery("delete from ReflectionNote n where n.author = :person").setParameter("person", person)
                .executeUpdate();
        em.createQuery("delete from UnitReading r where r.person = :person").setParameter("person", person)
                .executeUpdate();
        person.erase(clock.instant());
        // Matching forgets the profile, consents and pauses, and the pool says the person left it.
        personChanged.fire(new PersonChanged(person));
        audit.record(AuditAction.PERSON_ERASED, RECORD, person.id(), null, why);
    }

    /**
     * People whose last activity in the course (a teaching day they took part in or taught, or their
     * last login) lies further back than the retention period, and who take part in nothing now.
     */
    public List<DueForErasure> dueForErasure() {
        currentUser.require(Role.COORDINATOR);
        LocalDate today = LocalDate.now(clock);
        LocalDate limit = today.minusMonths(retentionMonths);
        Map<Long, LocalDate> lastDay = new HashMap<>();
        em.createQuery("""
                select e.person.id, max(d.date) from Enrolment e join e.cohort c join c.teachingDays d
                group by e.person.id
                """, Object[].class).getResultStream()
                .forEach(row -> lastDay.merge((Long) row[0], (LocalDate) row[1], PersonalDataService::latest));
        em.createQuery("""
                select a.trainer.id, max(d.date) from TrainerAssignment a join a.cohort c join c.teachingDays d
                group by a.trainer.id
                """, Object[].class).getResultStream()
                .forEach(row -> lastDay.merge((Long) row[0], (LocalDate) row[1], PersonalDataService::latest));
        Map<Long, LocalDate> lastLogin = new HashMap<>();
        em.createQuery("select a from Account a", Account.class).getResultStream().forEach(a -> lastLogin.put(
                a.person().id(), (a.lastLoginAt() != null ? a.lastLoginAt() : a.createdAt()).atZone(Time.ZONE).toLocalDate()));
        return em.createQuery("select p from Person p where p.erasedAt is null order by p.familyName, p.givenName",
                Person.class).getResultStream()
                .map(p -> new DueForErasure(p.id(), p.fullName(), p.email(),
                        latest(lastDay.get(p.id()), lastLogin.get(p.id()))))
                .filter(due -> due.lastActivity() != null && due.lastActivity().isBefore(limit))
                .toList();
    }

    /**
     * Finds people by part of their name or e-mail (taken literally: {@code %} and {@code _} are
     * characters), for the coordinator's people page: the first {@link #SEARCH_SHOWN}, and one more
     * when there are more, so the page can ask for a narrower search.
     */
    public List<PersonRow> search(String query) {
        currentUser.require(Role.COORDINATOR);
        String checked = Text.line(Text.optional(query), SEARCH_MAX_LENGTH, "people.query");
        String needle = Text.likeContaining(checked == null ? "" : checked.toLowerCase(Locale.ROOT));
        return em.createQuery("""
                select p from Person p where p.erasedAt is null and (lower(p.givenName) like :q escape '!'
                or lower(p.familyName) like :q escape '!' or p.email like :q escape '!')
                order by p.givenName, p.familyName, p.id
                """, Person.class).setParameter("q", needle).setMaxResults(SEARCH_SHOWN + 1).getResultStream()
                .map(p -> new PersonRow(p.id(), p.fullName(), p.email())).toList();
    }

    /** How many people a search shows at most. */
    public static final int SEARCH_SHOWN = 50;
    static final int SEARCH_MAX_LENGTH = 200;

    public int retentionMonths() {
        return retentionMonths;
    }

    private JsonObject exportOf(Person person) {
        JsonObjectBuilder personJson = Json.createObjectBuilder()
                .add("id", person.id())
                .add("givenName", person.givenName())
                .add("familyName", person.familyName())
                .add("email", person.email())
                .add("preferredLanguage", person.preferredLanguage().code());
        addOptional(personJson, "phone", person.phone());
        addOptional(personJson, "dateOfBirth", person.dateOfBirth());
        addOptional(personJson, "erasedAt", person.erasedAt());

        JsonObjectBuilder export = Json.createObjectBuilder()
                .add("exportedAt", clock.instant().atOffset(ZoneOffset.UTC).toString())
                .add("about", "Everything the peer mentor education stores about this person. No health data is stored.")
                .add("person", personJson);
        accountOf(person).ifPresent(account -> {
            JsonArrayBuilder roles = Json.createArrayBuilder();
            account.roles().forEach(role -> roles.add(role.name()));
            JsonObjectBuilder accountJson = Json.createObjectBuilder()
                    .add("roles", roles)
                    .add("active", account.isActive())
                    .add("passwordSet", account.hasPassword())
                    .add("createdAt", account.createdAt().toString());
            addOptional(accountJson, "lastLoginAt", account.lastLoginAt());
            export.add("account", accountJson);
            export.add("auditTrail", auditTrailOf(account));
        });

        JsonArrayBuilder enrolments = Json.createArrayBuilder();
        for (Enrolment enrolment : enrolmentsOf(person)) {
            JsonArrayBuilder marks = Json.createArrayBuilder();
            attendanceOf(enrolment).stream()
                    .sorted(Comparator.comparingInt(a -> a.teachingDay().sequence()))
                    .forEach(a -> {
                        JsonObjectBuilder mark = Json.createObjectBuilder()
                                .add("teachingDay", a.teachingDay().sequence())
                                .add("date", a.teachingDay().date().toString())
                                .add("unit", a.teachingDay().unitId())
                                .add("status", a.status().name())
                                .add("recordedAt", a.recordedAt().toString());
                        addOptional(mark, "note", a.note());
                        marks.add(mark);
                    });
            JsonArrayBuilder madeUp = Json.createArrayBuilder();
            makeUpsOf(enrolment).forEach(m -> {
                JsonObjectBuilder makeUp = Json.createObjectBuilder()
                        .add("teachingDay", m.missedDay().sequence())
                        .add("kind", m.kind().name())
                        .add("heldOn", m.heldOn().toString());
                if (m.hostDay() != null) {
                    makeUp.add("hostCohort", m.hostDay().cohort().name());
                }
                addOptional(makeUp, "note", m.note());
                madeUp.add(makeUp);
            });
            JsonObjectBuilder enrolmentJson = Json.createObjectBuilder()
                    .add("programme", enrolment.cohort().programme().name())
                    .add("cohort", enrolment.cohort().name())
                    .add("status", enrolment.status().name())
                    .add("appliedOn", enrolment.appliedOn().toString())
                    .add("attendance", marks)
                    .add("makeUps", madeUp);
            addOptional(enrolmentJson, "withdrawalReason", enrolment.withdrawalReason());
            enrolments.add(enrolmentJson);
        }
        export.add("enrolments", enrolments);

        JsonArrayBuilder teaching = Json.createArrayBuilder();
        em.createQuery("select a from TrainerAssignment a where a.trainer = :person", TrainerAssignment.class)
                .setParameter("person", person).getResultStream()
                .forEach(a -> teaching.add(Json.createObjectBuilder().add("cohort", a.cohort().name())
                        .add("teachingDay", a.teachingDay().map(d -> Integer.toString(d.sequence())).orElse("all"))));
        export.add("teaches", teaching);
        return export.build();
    }

    private JsonArrayBuilder auditTrailOf(Account account) {
        JsonArrayBuilder trail = Json.createArrayBuilder();
        em.createQuery("""
                select e from AuditEntry e where e.actorAccountId = :id
                or (e.recordType = 'Account' and e.recordId = :id) order by e.occurredAt
                """, AuditEntry.class).setParameter("id", account.id()).setMaxResults(1000).getResultStream()
                .forEach(e -> {
                    JsonObjectBuilder entry = Json.createObjectBuilder()
                            .add("at", e.occurredAt().toString())
                            .add("action", e.action().name());
                    addOptional(entry, "address", e.address());
                    addOptional(entry, "record", e.recordType() == null ? null : e.recordType() + " " + e.recordId());
                    trail.add(entry);
                });
        return trail;
    }

    private static void addOptional(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private Person person(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFound("person " + personId);
        }
        return person;
    }

    private Optional<Account> accountOf(Person person) {
        return em.createQuery("select a from Account a where a.person = :person", Account.class)
                .setParameter("person", person).getResultStream().findFirst();
    }

    private List<Enrolment> enrolmentsOf(Person person) {
        return em.createQuery("select e from Enrolment e join fetch e.cohort where e.person = :person",
                Enrolment.class).setParameter("person", person).getResultList();
    }

    private List<MakeUp> makeUpsOf(Enrolment enrolment) {
        return em.createQuery("""
                select m from MakeUp m join fetch m.missedDay where m.enrolment = :enrolment order by m.missedDay.sequence
                """, MakeUp.class).setParameter("enrolment", enrolment).getResultList();
    }

    private List<Attendance> attendanceOf(Enrolment enrolment) {
        return em.createQuery("select a from Attendance a join fetch a.teachingDay where a.enrolment = :enrolment",
                Attendance.class).setParameter("enrolment", enrolment).getResultList();
    }

    /** Someone whose data has passed the retention period. */
    public record DueForErasure(long personId, String name, String email, LocalDate lastActivity) implements Serializable {
    }

    /** A person found by the coordinator's search. */
    public record PersonRow(long personId, String name, String email) implements Serializable {
    }
}
