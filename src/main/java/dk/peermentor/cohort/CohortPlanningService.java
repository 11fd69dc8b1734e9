package dk.peermentor.cohort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dk.peermentor.audit.AuditAction;
import dk.peermentor.audit.AuditLog;
import dk.peermentor.curriculum.CurriculumRegistry;
import dk.peermentor.identity.Account;
import dk.peermentor.identity.CurrentUser;
import dk.peermentor.identity.Person;
import dk.peermentor.identity.Role;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.RuleViolation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The coordinator's planning of cohorts: schedules proposed by a rule and checked against holidays,
 * trainers, enrolment with capacity, waiting list and the programme's age rule. Coordinators only;
 * every enrolment change is audited.
 */
@ApplicationScoped
@Transactional
public class CohortPlanningService {

    static final String ENROLMENT = "Enrolment";
    /** Values per {@code in} list of a query: well below what every database takes. */
    private static final int IN_LIST_SIZE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurriculumRegistry curriculum;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The six days {@code rule} gives from {@code firstMonth}, with what the coordinator should know. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SchedulePreview propose(YearMonth firstMonth, ScheduleRule rule) {
        currentUser.require(Role.COORDINATOR);
        List<LocalDate> dates = rule.datesFrom(firstMonth, Cohort.TEACHING_DAYS);
        List<ProposedDay> days = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            days.add(new ProposedDay(i + 1, dates.get(i), rule.startsAt(), rule.endsAt(),
                    curriculum.curriculum().unitOfDay(i + 1).id()));
        }
        return new SchedulePreview(days, ScheduleWarning.about(dates));
    }

    /** The programme's mentor age range, used when enrolling (18-50 in the seed project). */
    public void changeAgeRange(long programmeId, int minAge, int maxAge) {
        currentUser.require(Role.COORDINATOR);
        Optional.ofNullable(em.find(Programme.class, programmeId))
                .orElseThrow(() -> new NotFound("programme " + programmeId)).changeMentorAgeRange(minAge, maxAge);
    }

    /** When the programme's trainees see each unit's materials. */
    public void changeMaterialsRelease(long programmeId, MaterialsRelease release, int daysBefore) {
        currentUser.require(Role.COORDINATOR);
        Programme programme = Optional.ofNullable(em.find(Programme.class, programmeId))
                .orElseThrow(() -> new NotFound("programme " + programmeId));
        String before = programme.materialsRelease() + " " + programme.releaseDaysBefore();
        programme.changeMaterialsRelease(release, daysBefore);
        audit.record(AuditAction.ENROLMENT_CHANGED, "Programme", programmeId, before, release + " " + daysBefore);
    }

    /** What attendance the programme's certificate asks for; 1-6 days, make-ups required or not. */
    public void changeCertificationRule(long programmeId, int daysRequired, boolean makeUpsRequired) {
        currentUser.require(Role.COORDINATOR);
        Programme programme = Optional.ofNullable(em.find(Programme.class, programmeId))
                .orElseThrow(() -> new NotFound("programme " + programmeId));
        String before = programme.daysRequired() + " of 6, make-ups " + programme.makeUpsRequired();
        programme.changeCertificationRule(daysRequired, makeUpsRequired);
        audit.record(AuditAction.CERTIFICATE_CHANGED, "Programme", programmeId, before,
                daysRequired + " of 6, make-ups " + makeUpsRequired);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Programme programme(long programmeId) {
        currentUser.require(Role.COORDINATOR);
        return Optional.ofNullable(em.find(Programme.class, programmeId))
                .orElseThrow(() -> new NotFound("programme " + programmeId));
    }

    /** Creates a cohort with the proposed six days. Returns its id. */
    public long create(NewCohort form) {
        currentUser.require(Role.COORDINATOR);
        Programme programme = Optional.ofNullable(em.find(Programme.class, form.programmeId()))
                .orElseThrow(() -> new NotFound("programme " + form.programmeId()));
        if (form.firstMonth() == null || form.rule() == null) {
            throw new RuleViolation("rule.required", "schedule.rule");
        }
        Cohort cohort = new Cohort(programme, form.name(), form.place(), form.capacity());
        for (ProposedDay day : propose(form.firstMonth(), form.rule()).days()) {
            cohort.scheduleTeachingDay(day.sequence(), day.date(), day.startsAt(), day.endsAt(), form.place(),
                    day.unitId());
        }
        em.persist(cohort);
        em.flush();
        return cohort.id();
    }

    /** Everything the cohort page shows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CohortPlan plan(long cohortId) {
        currentUser.require(Role.COORDINATOR);
        Cohort cohort = cohort(cohortId);
        List<Enrolment> enrolments = em.createQuery("""
                select e from Enrolment e join fetch e.person p where e.cohort = :cohort
                order by e.appliedOn, e.id
                """, Enrolment.class).setParameter("cohort", cohort).getResultList();
        List<TrainerAssignment> trainers = em.createQuery("""
                select a from TrainerAssignment a join fetch a.trainer left join fetch a.teachingDay
                where a.cohort = :cohort order by a.id
                """, TrainerAssignment.class).setParameter("cohort", cohort).getResultList();
        List<LocalDate> dates = cohort.teachingDays().stream().map(TeachingDay::date).toList();
        return new CohortPlan(cohort, cohort.status(LocalDate.now(clock)), ScheduleWarning.about(dates), trainers,
                enrolments);
    }

    /** Changes name, place and capacity; refused when someone else changed the cohort meanwhile. */
    public void describe(long cohortId, String name, String place, int capacity, int expectedVersion) {
        currentUser.require(Role.COORDINATOR);
        Cohort cohort = cohort(cohortId);
        requireVersion(cohort.version(), expectedVersion);
        cohort.describe(name, place, capacity);
    }

    /**
     * New dates for all six days from another first month or rule, while nothing has been recorded
     * yet. Returns the warnings about the new dates.
     */
    public List<ScheduleWarning> reschedule(long cohortId, YearMonth firstMonth, ScheduleRule rule, int expectedVersion) {
        currentUser.require(Role.COORDINATOR);
        Cohort cohort = cohort(cohortId);
        requireVersion(cohort.version(), expectedVersion);
        long marks = em.createQuery("select count(a) from Attendance a where a.teachingDay.cohort = :cohort", Long.class)
                .setParameter("cohort", cohort).getSingleResult();
        if (marks > 0) {
            throw new RuleViolation("rule.cohort.rescheduleAfterStart");
        }
        List<LocalDate> dates = rule.datesFrom(firstMonth, Cohort.TEACHING_DAYS);
        cohort.rescheduleAll(dates, rule.startsAt(), rule.endsAt());
        em.lock(cohort, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return ScheduleWarning.about(dates);
    }

    /** Moves one teaching day. Out of order is refused; holidays and double months are only warned about. */
    public List<ScheduleWarning> moveTeachingDay(long cohortId, int sequence, LocalDate date, LocalTime startsAt,
            LocalTime endsAt, String place, int expectedVersion) {
        currentUser.require(Role.COORDINATOR);
        Cohort cohort = cohort(cohortId);
        requireVersion(cohort.version(), expectedVersion);
        cohort.moveTeachingDay(sequence, date, startsAt, endsAt, place);
        // The days are rows of their own; the cohort's version is what a second editor compares.
        em.lock(cohort, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return ScheduleWarning.about(cohort.teachingDays().stream().map(TeachingDay::date).toList());
    }

    /** The people who may be assigned as trainers: active accounts with the trainer role. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> trainers() {
        currentUser.require(Role.COORDINATOR);
        return em.createQuery("""
                select a.person from Account a join a.roles r
                where r = :role and a.active = true order by a.person.givenName, a.person.familyName
                """, Person.class).setParameter("role", Role.TRAINER).getResultList();
    }

    /** Assigns a trainer to the whole cohort, or to one teaching day when {@code sequence} is given. */
    public void assignTrainer(long cohortId, long personId, Integer sequence) {
        currentUser.require(Role.COORDINATOR);
        Cohort cohort = cohort(cohortId);
        Person trainer = em.createQuery("""
                select a.person from Account a join a.roles r
                where r = :role and a.active = true and a.person.id = :person
                """, Person.class).setParameter("role", Role.TRAINER).setParameter("person", personId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("rule.trainerAssignment.notATrainer"));
        TeachingDay day = sequence == null ? null : cohort.teachingDay(sequence)
                .orElseThrow(() -> new RuleViolation("rule.teachingDay.notScheduled", sequence));
        long same = em.createQuery("""
                select count(a) from TrainerAssignment a where a.cohort = :cohort and a.trainer = :trainer
                and (a.teachingDay = :day or (a.teachingDay is null and :whole = true))
                """, Long.class).setParameter("cohort", cohort).setParameter("trainer", trainer)
                .setParameter("day", day).setParameter("whole", day == null).getSingleResult();
        if (same > 0) {
            throw new RuleViolation("rule.trainerAssignment.duplicate", trainer.fullName());
        }
        em.persist(day == null ? TrainerAssignment.toCohort(cohort, trainer) : TrainerAssignment.toTeachingDay(day, trainer));
    }

    public void removeTrainerAssignment(long assignmentId) {
        currentUser.require(Role.COORDINATOR);
        TrainerAssignment assignment = Optional.ofNullable(em.find(TrainerAssignment.class, assignmentId))
                .orElseThrow(() -> new NotFound("assignment " + assignmentId));
        em.remove(assignment);
    }

    /**
     * Enrols an applicant. The same e-mail means the same person (found, not duplicated). A full
     * cohort puts them on the waiting list. Outside the programme's age range nothing happens unless
     * the coordinator gives a reason for the exception, which is kept and audited.
     */
    public EnrolmentOutcome enrol(long cohortId, NewTrainee trainee, String ageExceptionReason) {
        currentUser.require(Role.COORDINATOR);
        Cohort cohort = cohort(cohortId);
        LocalDate today = LocalDate.now(clock);
        Person person = findPerson(trainee.email()).orElseGet(() -> {
            Person created = new Person(trainee.givenName(), trainee.familyName(), trainee.email(), trainee.language());
            created.changePhone(trainee.phone());
            created.recordDateOfBirth(trainee.dateOfBirth(), today);
            em.persist(created);
            return created;
        });
        boolean alreadyIn = em.createQuery("""
                select count(e) from Enrolment e where e.cohort = :cohort and e.person = :person
                """, Long.class).setParameter("cohort", cohort).setParameter("person", person).getSingleResult() > 0;
        if (alreadyIn) {
            throw new RuleViolation("rule.enrolment.duplicate", person.email());
        }
        LocalDate dateOfBirth = person.dateOfBirth() != null ? person.dateOfBirth() : trainee.dateOfBirth();
        boolean outsideAgeRange = isOutsideAgeRange(cohort, dateOfBirth);
        boolean reasonGiven = ageExceptionReason != null && !ageExceptionReason.isBlank();
        if (outsideAgeRange && !reasonGiven) {
            // The exception rolls back the transaction: a person created just now is not kept either.
            throw new AgeExceptionNeeded(cohort.programme().mentorMinAge(), cohort.programme().mentorMaxAge());
        }
        Enrolment enrolment = Enrolment.application(cohort, person, today);
        if (outsideAgeRange) {
            enrolment.acceptAgeException(ageExceptionReason);
        }
        if (cohort.hasRoomBeside(takingPart(cohort))) {
            enrolment.enrol();
        } else {
            enrolment.putOnWaitingList();
        }
        em.persist(enrolment);
        grantTraineeRole(person);
        em.flush();
        audit.record(AuditAction.ENROLMENT_CHANGED, ENROLMENT, enrolment.id(), null,
                enrolment.status() + (outsideAgeRange ? " (age exception: " + ageExceptionReason.strip() + ")" : ""));
        return enrolment.status() == EnrolmentStatus.ENROLLED ? EnrolmentOutcome.ENROLLED : EnrolmentOutcome.WAITING;
    }

    /**
     * Reads an applicant file and checks every row as an enrolment would: the file's own problems,
     * and applicants who already applied or are outside the age range. Changes nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ApplicantImport previewImport(long cohortId, byte[] file) {
        currentUser.require(Role.COORDINATOR);
        Cohort cohort = cohort(cohortId);
        ApplicantImport read = ApplicantFile.read(file, LocalDate.now(clock));
        if (!read.problems().isEmpty()) {
            return read;
        }
        Set<String> applied = new HashSet<>(em.createQuery(
                "select e.person.email from Enrolment e where e.cohort = :cohort", String.class)
                .setParameter("cohort", cohort).getResultList());
        List<ApplicantImport.Problem> problems = new ArrayList<>();
        for (ApplicantImport.Row row : read.rows()) {
            String email = row.trainee().email().strip().toLowerCase(Locale.ROOT);
            if (applied.contains(email)) {
                problems.add(new ApplicantImport.Problem(row.line(), "import.column.EMAIL", "rule.enrolment.duplicate",
                        List.of(email)));
            }
            if (isOutsideAgeRange(cohort, row.trainee().dateOfBirth())) {
                problems.add(new ApplicantImport.Problem(row.line(), "import.column.DATE_OF_BIRTH", "import.outsideAge",
                        List.of(cohort.programme().mentorMinAge(), cohort.programme().mentorMaxAge())));
            }
        }
        return problems.isEmpty() ? read : ApplicantImport.refused(problems);
    }

    /**
     * Enrols every applicant of the file in one transaction, or none: a single problem refuses the
     * whole file. Beyond the cohort's capacity applicants go on the waiting list, in file order.
     * Each enrolment is audited as one made by hand. Returns how many were imported.
     */
    public int importApplicants(long cohortId, byte[] file) {
        ApplicantImport checked = previewImport(cohortId, file);
        if (!checked.isValid()) {
            throw new RuleViolation("import.refused", checked.problemCount());
        }
        Cohort cohort = cohort(cohortId);
        LocalDate today = LocalDate.now(clock);
        // The preview refused anyone already enrolled or outside the age range; what is left is one
        // lookup of the people and accounts that exist, not a few queries per row.
        List<String> emails = checked.rows().stream()
                .map(row -> row.trainee().email().strip().toLowerCase(Locale.ROOT)).toList();
        Map<String, Person> people = new HashMap<>();
        Map<Person, Account> accounts = new HashMap<>();
        for (List<String> some : chunks(emails)) {
            em.createQuery("select p from Person p where p.email in :emails", Person.class)
                    .setParameter("emails", some).getResultList().forEach(person -> people.put(person.email(), person));
            em.createQuery("select a from Account a where a.person.email in :emails", Account.class)
                    .setParameter("emails", some).getResultList().forEach(account -> accounts.put(account.person(), account));
        }
        long takingPart = takingPart(cohort);
        List<Enrolment> enrolments = new ArrayList<>();
        for (ApplicantImport.Row row : checked.rows()) {
            NewTrainee trainee = row.trainee();
            Person person = people.computeIfAbsent(trainee.email().strip().toLowerCase(Locale.ROOT), email -> {
                Person created = new Person(trainee.givenName(), trainee.familyName(), trainee.email(), trainee.language());
                created.changePhone(trainee.phone());
                created.recordDateOfBirth(trainee.dateOfBirth(), today);
                em.persist(created);
                return created;
            });
            Enrolment enrolment = Enrolment.application(cohort, person, today);
            if (cohort.hasRoomBeside(takingPart)) {
                enrolment.enrol();
                takingPart++;
            } else {
                enrolment.putOnWaitingList();
            }
            em.persist(enrolment);
            enrolments.add(enrolment);
            grantTraineeRole(accounts.get(person), person);
        }
        em.flush();
        for (Enrolment enrolment : enrolments) {
            audit.record(AuditAction.ENROLMENT_CHANGED, ENROLMENT, enrolment.id(), null, enrolment.status());
        }
        return enrolments.size();
    }

    private static List<List<String>> chunks(List<String> values) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += IN_LIST_SIZE) {
            chunks.add(values.subList(from, Math.min(values.size(), from + IN_LIST_SIZE)));
        }
        return chunks;
    }

    private boolean isOutsideAgeRange(Cohort cohort, LocalDate dateOfBirth) {
        LocalDate firstDay = cohort.teachingDays().isEmpty() ? LocalDate.now(clock) : cohort.teachingDays().get(0).date();
        return dateOfBirth != null && !cohort.programme().isWithinMentorAge(dateOfBirth, firstDay);
    }

    /** Gives the first on the waiting list (or a chosen one) a place, if there is room. */
    public void admitFromWaitingList(long enrolmentId) {
        currentUser.require(Role.COORDINATOR);
        Enrolment enrolment = enrolment(enrolmentId);
        if (!enrolment.cohort().hasRoomBeside(takingPart(enrolment.cohort()))) {
            throw new RuleViolation("rule.cohort.full", enrolment.cohort().capacity());
        }
        EnrolmentStatus before = enrolment.status();
        enrolment.enrol();
        audit.record(AuditAction.ENROLMENT_CHANGED, ENROLMENT, enrolment.id(), before, enrolment.status());
    }

    /** The trainee leaves the cohort with a reason; their attendance so far stays. */
    public void withdraw(long enrolmentId, String reason, int expectedVersion) {
        currentUser.require(Role.COORDINATOR);
        Enrolment enrolment = enrolment(enrolmentId);
        requireVersion(enrolment.version(), expectedVersion);
        EnrolmentStatus before = enrolment.status();
        enrolment.withdraw(reason);
        audit.record(AuditAction.ENROLMENT_CHANGED, ENROLMENT, enrolment.id(), before, enrolment.status());
    }

    /**
     * Moves a trainee to another cohort of the programme: their enrolment here ends with the reason,
     * a new one starts there (a place, or the waiting list when it is full), and the attendance
     * recorded here stays on record and counts for the units already attended.
     */
    public Enrolment moveTrainee(long enrolmentId, long targetCohortId, String reason) {
        currentUser.require(Role.COORDINATOR);
        Enrolment enrolment = enrolment(enrolmentId);
        Cohort target = cohort(targetCohortId);
        boolean alreadyThere = em.createQuery(
                "select count(e) from Enrolment e where e.cohort = :cohort and e.person = :person", Long.class)
                .setParameter("cohort", target).setParameter("person", enrolment.person()).getSingleResult() > 0;
        if (alreadyThere) {
            throw new RuleViolation("rule.enrolment.duplicate", enrolment.person().email());
        }
        EnrolmentStatus before = enrolment.status();
        Enrolment continued = enrolment.moveTo(target, reason, LocalDate.now(clock));
        if (target.hasRoomBeside(takingPart(target))) {
            continued.enrol();
        } else {
            continued.putOnWaitingList();
        }
        em.persist(continued);
        em.flush();
        audit.record(AuditAction.ENROLMENT_CHANGED, ENROLMENT, enrolment.id(), before, enrolment.status());
        audit.record(AuditAction.ENROLMENT_CHANGED, ENROLMENT, continued.id(), null,
                continued.status() + " (moved from enrolment #" + enrolment.id() + ")");
        return continued;
    }

    /** The other cohorts of the same programme that are not over, for moving a trainee. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Cohort> cohortsToMoveTo(long cohortId) {
        currentUser.require(Role.COORDINATOR);
        Cohort from = cohort(cohortId);
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("""
                select distinct c from Cohort c left join fetch c.teachingDays
                where c.programme = :programme and c <> :from
                """, Cohort.class).setParameter("programme", from.programme()).setParameter("from", from)
                .getResultStream()
                .filter(c -> c.status(today) == CohortStatus.PLANNED || c.status(today) == CohortStatus.RUNNING)
                .toList();
    }

    public void cancel(long cohortId, String reason) {
        currentUser.require(Role.COORDINATOR);
        cohort(cohortId).cancel(reason, clock.instant());
    }

    private long takingPart(Cohort cohort) {
        return em.createQuery("select count(e) from Enrolment e where e.cohort = :cohort and e.status in :statuses",
                Long.class).setParameter("cohort", cohort)
                .setParameter("statuses", EnrolmentStatus.TAKING_PART)
                .getSingleResult();
    }

    /** A trainee needs an account to read their materials; the invitation is sent from the users page. */
    private void grantTraineeRole(Person person) {
        grantTraineeRole(em.createQuery("select a from Account a where a.person = :person", Account.class)
                .setParameter("person", person).getResultStream().findFirst().orElse(null), person);
    }

    private void grantTraineeRole(Account account, Person person) {
        if (account == null) {
            em.persist(new Account(person, EnumSet.of(Role.TRAINEE), clock.instant()));
        } else if (!account.has(Role.TRAINEE)) {
            EnumSet<Role> roles = EnumSet.copyOf(account.roles());
            roles.add(Role.TRAINEE);
            account.changeRoles(roles);
        }
    }

    private Optional<Person> findPerson(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", address).getResultStream().findFirst();
    }

    private Cohort cohort(long cohortId) {
        return Optional.ofNullable(em.find(Cohort.class, cohortId)).orElseThrow(() -> new NotFound("cohort " + cohortId));
    }

    private Enrolment enrolment(long enrolmentId) {
        return Optional.ofNullable(em.find(Enrolment.class, enrolmentId))
                .orElseThrow(() -> new NotFound("enrolment " + enrolmentId));
    }

    private static void requireVersion(int actual, int expected) {
        if (actual != expected) {
            throw new RuleViolation("rule.concurrentEdit");
        }
    }
}
