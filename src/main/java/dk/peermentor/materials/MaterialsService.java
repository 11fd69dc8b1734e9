package dk.peermentor.materials;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dk.peermentor.cohort.EnrolmentStatus;
import dk.peermentor.cohort.TeachingDay;
import dk.peermentor.curriculum.CurriculumRegistry;
import dk.peermentor.curriculum.Unit;
import dk.peermentor.curriculum.UnitSection;
import dk.peermentor.curriculum.UnitText;
import dk.peermentor.identity.CurrentUser;
import dk.peermentor.identity.Person;
import dk.peermentor.identity.Role;
import dk.peermentor.platform.AccessDenied;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.RuleViolation;
import dk.peermentor.platform.Text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * The course materials as a trainee sees them: a unit opens when the programme's release rule says
 * so for a cohort the trainee takes part in. Reading marks and reflection notes are the calling
 * trainee's own; no method here reads another person's.
 */
@ApplicationScoped
@Transactional
public class MaterialsService {


    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurriculumRegistry curriculum;

    @Inject
    Clock clock;

    /** The day a unit opens to the calling trainee; refused when no cohort of theirs teaches it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate opensOn(String unitId) {
        Person me = currentUser.require(Role.TRAINEE).person();
        return em.createQuery("""
                select d from TeachingDay d join fetch d.cohort c join fetch c.programme, Enrolment e
                where e.cohort = d.cohort and e.person = :me and e.status in :takingPart and d.unitId = :unit
                """, TeachingDay.class).setParameter("me", me).setParameter("takingPart", EnrolmentStatus.TAKING_PART)
                .setParameter("unit", unitId).getResultStream()
                .map(d -> d.cohort().programme().releasedOn(d.date()))
                .min(LocalDate::compareTo)
                .orElseThrow(() -> new AccessDenied("unit " + unitId + " is not in a cohort of person " + me.id()));
    }

    /** Refuses a unit that is not yet open to the calling trainee, saying when it opens. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Unit requireReleased(String unitId) {
        Unit unit = curriculum.curriculum().unit(unitId).orElseThrow(() -> new NotFound("unit " + unitId));
        LocalDate opensOn = opensOn(unitId);
        if (LocalDate.now(clock).isBefore(opensOn)) {
            throw new RuleViolation("rule.materials.notYet", opensOn);
        }
        return unit;
    }

    /** Whether every unit is open to the calling trainee (then the whole course can be printed). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean allReleased() {
        LocalDate today = LocalDate.now(clock);
        return curriculum.curriculum().units().stream().allMatch(unit -> {
            try {
                return !today.isBefore(opensOn(unit.id()));
            } catch (AccessDenied notMine) {
                return false;
            }
        });
    }

    /**
     * A unit's materials in {@code language}, the sections rendered to safe HTML, with the caller's
     * reading mark and note. {@code imageBase} is where the course images are served.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitMaterials unit(String unitId, Language language, String imageBase) {
        Unit unit = requireReleased(unitId);
        Person me = currentUser.requirePerson();
        UnitText text = unit.text(language);
        List<UnitMaterials.Section> sections = Arrays.stream(UnitSection.values())
                .map(s -> new UnitMaterials.Section(s.marker(), text.section(s).heading(),
                        MaterialsHtml.render(text.section(s).markdown(), imageBase)))
                .toList();
        Optional<ReflectionNote> note = noteOf(me, unitId);
        return new UnitMaterials(unit.id(), unit.day(), language, text.title(), text.summary(), text.topics(),
                sections, readingOf(me, unitId).isPresent(), note.map(ReflectionNote::body).orElse(null),
                note.map(ReflectionNote::version).orElse(null));
    }

    /** The units the calling trainee has marked as read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> unitsRead() {
        return em.createQuery("select r.unitId from UnitReading r where r.person = :me", String.class)
                .setParameter("me", currentUser.requirePerson()).getResultList();
    }

    public void markRead(String unitId, boolean read) {
        requireReleased(unitId);
        Person me = currentUser.requirePerson();
        Optional<UnitReading> reading = readingOf(me, unitId);
        if (read && reading.isEmpty()) {
            em.persist(new UnitReading(me, unitId, clock.instant()));
            try {
                em.flush();
            } catch (PersistenceException markedInAnotherTab) {
                // Marked read a moment ago in another tab: the unit is read either way.
                return;
            }
        } else if (!read) {
            reading.ifPresent(em::remove);
        }
    }

    /**
     * Saves the caller's note on a unit. {@code expectedVersion} is the version the trainee saw (null
     * for a new note); a different one means they changed it elsewhere meanwhile, and nothing is
     * overwritten. An empty text deletes the note. Returns the new version, null once deleted.
     */
    public Integer saveNote(String unitId, String body, Integer expectedVersion) {
        requireReleased(unitId);
        Person me = currentUser.requirePerson();
        Optional<ReflectionNote> existing = noteOf(me, unitId);
        if (existing.map(n -> !Integer.valueOf(n.version()).equals(expectedVersion)).orElse(expectedVersion != null)) {
            throw new RuleViolation("rule.materials.noteChanged");
        }
        if (Text.optional(body) == null) {
            existing.ifPresent(em::remove);
            return null;
        }
        ReflectionNote note = existing.orElseGet(() -> new ReflectionNote(me, unitId, body, clock.instant()));
        if (existing.isPresent()) {
            note.write(body, clock.instant());
        } else {
            em.persist(note);
        }
        try {
            em.flush();
        } catch (PersistenceException writtenElsewhere) {
            throw new RuleViolation("rule.materials.noteChanged");
        }
        return note.version();
    }

    private Optional<UnitReading> readingOf(Person me, String unitId) {
        return em.createQuery("select r from UnitReading r where r.person = :me and r.unitId = :unit",
                UnitReading.class).setParameter("me", me).setParameter("unit", unitId).getResultStream().findFirst();
    }

    private Optional<ReflectionNote> noteOf(Person me, String unitId) {
        return em.createQuery("select n from ReflectionNote n where n.author = :me and n.unitId = :unit",
                ReflectionNote.class).setParameter("me", me).setParameter("unit", unitId).getResultStream().findFirst();
    }
}
