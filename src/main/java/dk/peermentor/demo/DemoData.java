package dk.peermentor.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Random;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.peermentor.attendance.Attendance;
import dk.peermentor.attendance.AttendanceStatus;
import dk.peermentor.attendance.MakeUp;
import dk.peermentor.certificates.Certificate;
import dk.peermentor.certificates.CertificateCounter;
import dk.peermentor.certificates.VerificationCode;
import dk.peermentor.cohort.Cohort;
import dk.peermentor.cohort.Enrolment;
import dk.peermentor.cohort.Programme;
import dk.peermentor.cohort.TeachingDay;
import dk.peermentor.cohort.TrainerAssignment;
import dk.peermentor.curriculum.Curriculum;
import dk.peermentor.curriculum.CurriculumRegistry;
import dk.peermentor.handouts.ActivityDetails;
import dk.peermentor.handouts.PracticeActivity;
import dk.peermentor.identity.Account;
import dk.peermentor.identity.ApiClient;
import dk.peermentor.identity.Passwords;
import dk.peermentor.identity.Person;
import dk.peermentor.identity.Role;
import dk.peermentor.matching.ActivityKind;
import dk.peermentor.matching.EligibilityService;
import dk.peermentor.matching.Frequency;
import dk.peermentor.matching.MatchingConsent;
import dk.peermentor.matching.MatchingPause;
import dk.peermentor.matching.MatchingProfile;
import dk.peermentor.matching.MentorProfile;
import dk.peermentor.matching.Sharing;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.Time;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Fills an empty database with a fictional programme when the demo profile is on: one programme,
 * a finished and a running cohort, three trainers, 24 trainees, six teaching days each and the
 * attendance of every day held so far, and accounts for all of them with the demo password. An earlier cohort's four graduates hold certificates and are in the matching pool (one of them paused). Every name, address and e-mail here is invented.
 * <p>
 * Dates follow today's date, so the demo always shows a cohort in progress. The same seed gives the
 * same people and marks every time.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrations", "CurriculumRegistry", "FirstCoordinatorSetup"})
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    static final String PLACE = "Fjordby Socialpsykiatri, Havnegade 12, 9990 Fjordby";
    static final LocalTime STARTS_AT = LocalTime.of(9, 30);
    static final LocalTime ENDS_AT = LocalTime.of(15, 0);
    static final int TRAINEES_PER_COHORT = 12;
    /** Published in the README; exists only when the demo profile is on. */
    static final String DEMO_PASSWORD = "peer-demo-2026";
    /** The demo's read-write API client's token, published in docs/api.md for the curl examples. */
    public static final String DEMO_API_TOKEN = "demo-matching-token-2026";

    private static final String[] GIVEN_NAMES = {
        "Astrid", "Bo", "Camilla", "Dorthe", "Emil", "Frida", "Gustav", "Hanne", "Ida", "Jonas", "Karen", "Lasse",
        "Maja", "Nikolaj", "Oskar", "Pernille", "Rasmus", "Signe", "Tobias", "Ulla", "Viktor", "Zainab", "Mikkel",
        "Søren"
    };
    private static final String[] FAMILY_NAMES = {
        "Skovgaard", "Lindholm", "Bækgaard", "Østergård", "Fjeldsø", "Kragh", "Holmgaard", "Møllebro", "Vestergaard",
        "Ravnsbæk", "Engholm", "Ådal", "Nowak", "Haddad", "Kowalczyk", "Yilmaz", "Brink", "Lykke", "Sandø", "Hvid",
        "Bjerre", "Æbelø", "Dalsgaard", "Thorsø"
    };

    @Inject
    @ConfigProperty(name = "peermentor.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "peermentor.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurriculumRegistry curriculum;

    @Inject
    Passwords passwords;

    @Inject
    EligibilityService eligibility;

    @PostConstruct
    void generate() {
        if (!enabled) {
            return;
        }
        long programmes = em.createQuery("select count(p) from Programme p", Long.class).getSingleResult();
        if (programmes > 0) {
            LOG.info(() -> "Demo profile: the database already holds data; nothing added. Open " + publicUrl);
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(2026);

        Programme programme = persist(new Programme("Peer-mentoruddannelsen i Fjordby Kommune"));
        Person coordinator = persist(person("Mette", "Kjærgaard", "coordinator@demo.example", Language.DA));
        List<Person> trainers = List.of(
                persist(person("Trine", "Ravn", "trainer@demo.example", Language.DA)),
                persist(person("Anders", "Bækgaard", "anders.baekgaard@demo.example", Language.DA)),
                persist(person("Leila", "Haddad", "leila.haddad@demo.example", Language.EN)));

        Cohort finished = cohort(programme, "Hold forår " + today.minusMonths(10).getYear(),
                YearMonth.from(today).minusMonths(10));
        Cohort running = cohort(programme, "Hold efterår " + today.minusMonths(2).getYear(),
                YearMonth.from(today).minusMonths(2));
        persist(TrainerAssignment.toCohort(finished, trainers.get(1)));
        persist(TrainerAssignment.toCohort(finished, trainers.get(2)));
        persist(TrainerAssignment.toCohort(running, trainers.get(0)));
        persist(TrainerAssignment.toCohort(running, trainers.get(1)));

        List<Enrolment> finishedTrainees = enrol(finished, 0, today);
        List<Enrolment> runningTrainees = enrol(running, TRAINEES_PER_COHORT, today);

        // One trainee of the finished cohort left after three days; the others went through the course.
        Enrolment leaver = finishedTrainees.get(TRAINEES_PER_COHORT - 1);
        List<Attendance> finishedMarks = recordAttendance(finished, finishedTrainees, trainers.get(1), today, random,
                leaver, 3);
        makeUp(finishedMarks, trainers.get(1), today, random, 90);
        leaver.withdraw("Flyttet til en anden kommune");
        finishedTrainees.stream().filter(Enrolment::takesPart).forEach(Enrolment::complete);
        makeUp(recordAttendance(running, runningTrainees, trainers.get(0), today, random, null, 0), trainers.get(0),
                today, random, 50);
        List<Enrolment> certified = certifiedEarlier(programme, trainers.get(2), coordinator, today);
        List<Enrolment> withAccounts = new ArrayList<>(finishedTrainees);
        withAccounts.addAll(certified);
        createAccounts(coordinator, trainers, withAccounts, runningTrainees);
        practiceActivities(programme);
        em.flush();
        matchingPool(certified, coordinator);

        LOG.info(() -> String.join("\n",
                "",
                "================================================================",
                " Peer mentor education: demo data created (all people are fictional)",
                " Open " + publicUrl,
                " Demo logins, all with the password " + DEMO_PASSWORD + ":",
                "   " + publicUrl + "login",
                "   coordinator@demo.example  trainer@demo.example  trainee@demo.example",
                " (every demo person can log in with it: firstname.lastname@demo.example)",
                " Matching API (docs/api.md): Authorization: Bearer " + DEMO_API_TOKEN,
                "================================================================"));
    }

    /**
     * Every demo person can log in with the published demo password. One hash serves them all: the
     * password is public anyway, and 27 hashes at 210,000 iterations would slow every demo start.
     */
    private void createAccounts(Person coordinator, List<Person> trainers, List<Enrolment> finished,
            List<Enrolment> running) {
        String hash = passwords.hash(DEMO_PASSWORD);
        Instant now = clock.instant();
        Account coordinatorAccount = account(coordinator, EnumSet.of(Role.COORDINATOR), hash, now);
        persist(ApiClient.withToken("Demo-matching", DEMO_API_TOKEN, true, coordinatorAccount, now).client());
        trainers.forEach(trainer -> account(trainer, EnumSet.of(Role.TRAINER), hash, now));
        finished.forEach(enrolment -> account(enrolment.person(), EnumSet.of(Role.TRAINEE), hash, now));
        running.forEach(enrolment -> account(enrolment.person(), EnumSet.of(Role.TRAINEE), hash, now));
    }

    private Account account(Person person, Set<Role> roles, String hash, Instant now) {
        Account account = new Account(person, roles, now);
        account.changePassword(hash);
        return persist(account);
    }

    /**
     * An older cohort whose four graduates hold certificates, so the matching pool has people in it: a
     * cohort of its own, which leaves the spring cohort's certificates to the coordinator.
     */
    private List<Enrolment> certifiedEarlier(Programme programme, Person trainer, Person coordinator, LocalDate today) {
        Cohort earlier = cohort(programme, "Hold efterår " + today.minusMonths(26).getYear(),
                YearMonth.from(today).minusMonths(26));
        String[][] names = {{"Nadia", "Holm"}, {"Johan", "Krog"}, {"Line", "Sommer"}, {"Ahmed", "Rahimi"}};
        List<Enrolment> graduates = new ArrayList<>();
        LocalDate issuedOn = earlier.teachingDays().get(Cohort.TEACHING_DAYS - 1).date().plusWeeks(2);
        CertificateCounter counter = em.find(CertificateCounter.class, issuedOn.getYear(), LockModeType.PESSIMISTIC_WRITE);
        for (int i = 0; i < names.length; i++) {
            Person person = person(names[i][0], names[i][1], null, i == 3 ? Language.EN : Language.DA);
            person.changePhone(String.format("+45 30 00 00 %02d", i));
            person.recordDateOfBirth(today.minusYears(27 + 5L * i).minusDays(40L * i), today);
            persist(person);
            Enrolment enrolment = Enrolment.application(earlier, person, earlier.teachingDays().get(0).date().minusMonths(2));
            enrolment.enrol();
            persist(enrolment);
            for (TeachingDay day : earlier.teachingDays()) {
                persist(Attendance.record(enrolment, day, AttendanceStatus.PRESENT, null, trainer,
                        day.date().atTime(STARTS_AT.plusMinutes(15)).atZone(Time.ZONE).toInstant()));
            }
            enrolment.complete();
            persist(Certificate.issue(enrolment, counter.year(), counter.next(), VerificationCode.random(), issuedOn,
                    coordinator, person.preferredLanguage()));
            graduates.add(enrolment);
        }
        return graduates;
    }

    /** Three of the earlier graduates consented and told about themselves; the fourth is paused. */
    private void matchingPool(List<Enrolment> graduates, Person coordinator) {
        Instant now = clock.instant();
        List<MentorProfile> profiles = List.of(
                new MentorProfile(List.of("Dansk", "Engelsk"), List.of("Gåture", "Madlavning"),
                        List.of(ActivityKind.LEISURE, ActivityKind.EVERYDAY), Frequency.WEEKLY,
                        List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), "Fjordby", "25-30", null,
                        "Jeg kan lide at gå lange ture og lave mad til andre."),
                new MentorProfile(List.of("Dansk"), List.of("Fodbold", "Musik"), List.of(ActivityKind.SPORT),
                        Frequency.EVERY_OTHER_WEEK, List.of(DayOfWeek.SATURDAY), "9990", null, "Mand", null),
                new MentorProfile(List.of("Dansk", "Tysk"), List.of("Strik", "Brætspil"),
                        List.of(ActivityKind.LEISURE, ActivityKind.EDUCATION), Frequency.WEEKLY,
                        List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), "Fjordby", "35-40", "Kvinde", null),
                new MentorProfile(List.of("English", "Arabic", "Danish"), List.of("Football", "Cooking"),
                        List.of(ActivityKind.SPORT, ActivityKind.EVERYDAY), Frequency.WEEKLY,
                        List.of(DayOfWeek.FRIDAY), "Fjordby", null, null, null));
        for (int i = 0; i < graduates.size(); i++) {
            Person person = graduates.get(i).person();
            persist(new MatchingConsent(person, MatchingConsent.CURRENT_VERSION, now));
            persist(new MatchingProfile(person, profiles.get(i), new Sharing(true, i != 1, i == 0), now));
            if (i == graduates.size() - 1) {
                persist(new MatchingPause(person, "Holder pause efter eget ønske indtil efter sommerferien.",
                        coordinator, now));
            }
            eligibility.reassess(person);
        }
    }

    /** The handout graduates are given: the house's activities and their (fictional) lead persons. */
    private void practiceActivities(Programme programme) {
        Instant now = clock.instant();
        String[][] rows = {
            {"Glasværksted", "Mandage og onsdage 9.30-12", "Værkstedet, kælderen", "Birgitte Fjord", "birgitte.fjord@demo.example"},
            {"Musik", "Tirsdage 13-15", "Musiklokalet, 1. sal", "Kasper Vind", "+45 00 00 00 01"},
            {"Motion", "Torsdage 10-11", "Gymnastiksalen", "Lone Sejer", "lone.sejer@demo.example"},
            {"NADA", "Fredage 9-9.45", "Stillerummet", "Jens Marker", "jens.marker@demo.example"},
            {"Mindfulness", "Onsdage 14-15", "Stillerummet", "Amira Salem", "amira.salem@demo.example"},
            {"Beskæftigelse", "Efter aftale", "Aktivitets- og beskæftigelsesteamet, stuen", "Per Kilde", "+45 00 00 00 02"},
        };
        for (int i = 0; i < rows.length; i++) {
            String[] r = rows[i];
            persist(new PracticeActivity(programme, new ActivityDetails(r[0], r[1], r[2], r[3], r[4]), i + 1, now));
        }
    }

    private Cohort cohort(Programme programme, String name, YearMonth firstMonth) {
        Cohort cohort = new Cohort(programme, name, PLACE, Cohort.DEFAULT_CAPACITY);
        Curriculum course = curriculum.curriculum();
        for (int day = 1; day <= Cohort.TEACHING_DAYS; day++) {
            LocalDate date = firstMonth.plusMonths(day - 1L).atDay(1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
            cohort.scheduleTeachingDay(day, date, STARTS_AT, ENDS_AT, PLACE, course.unitOfDay(day).id());
        }
        return persist(cohort);
    }

    private List<Enrolment> enrol(Cohort cohort, int firstName, LocalDate today) {
        List<Enrolment> enrolments = new ArrayList<>();
        for (int i = 0; i < TRAINEES_PER_COHORT; i++) {
            int n = firstName + i;
            // The demo trainee, who can log in, takes part in the running cohort.
            boolean demoTrainee = n == TRAINEES_PER_COHORT;
            Person person = demoTrainee
                    ? person("Sofie", "Lund", "trainee@demo.example", Language.DA)
                    : person(GIVEN_NAMES[n], FAMILY_NAMES[n], null, n % 5 == 4 ? Language.EN : Language.DA);
            person.changePhone(String.format("+45 20 00 %02d %02d", n / 10, n % 100));
            person.recordDateOfBirth(today.minusYears(22 + n % 27).minusDays(n * 11L), today);
            persist(person);
            Enrolment enrolment = Enrolment.application(cohort, person, cohort.teachingDays().get(0).date().minusMonths(2));
            enrolment.enrol();
            enrolments.add(persist(enrolment));
        }
        return enrolments;
    }

    /** Marks every held day; {@code leaver}, if any, has no marks after {@code leftAfterDay}. */
    private List<Attendance> recordAttendance(Cohort cohort, List<Enrolment> enrolments, Person trainer,
            LocalDate today, Random random, Enrolment leaver, int leftAfterDay) {
        List<Attendance> marks = new ArrayList<>();
        for (TeachingDay day : cohort.teachingDays()) {
            if (!day.date().isBefore(today)) {
                break;
            }
            Instant markedAt = day.date().atTime(STARTS_AT.plusMinutes(15)).atZone(Time.ZONE).toInstant();
            for (Enrolment enrolment : enrolments) {
                if (enrolment != leaver || day.sequence() <= leftAfterDay) {
                    marks.add(persist(Attendance.record(enrolment, day, someStatus(random), null, trainer, markedAt)));
                }
            }
        }
        return marks;
    }

    /** About {@code percent} of the missed days are made up in a catch-up conversation a week later. */
    private void makeUp(List<Attendance> marks, Person trainer, LocalDate today, Random random, int percent) {
        for (Attendance mark : marks) {
            if (!mark.countsAsAttended() && mark.enrolment().takesPart() && random.nextInt(100) < percent) {
                LocalDate heldOn = mark.teachingDay().date().plusWeeks(1);
                heldOn = heldOn.isAfter(today) ? today : heldOn;
                persist(MakeUp.byConversation(mark.enrolment(), mark.teachingDay(), mark, heldOn,
                        "Gennemgik dagens emne og øvelser ved en samtale.", trainer,
                        heldOn.atTime(STARTS_AT).atZone(Time.ZONE).toInstant(), today));
            }
        }
    }

    /** Most trainees come; a few are late, leave early or are away, as in a real group. */
    private static AttendanceStatus someStatus(Random random) {
        int roll = random.nextInt(100);
        if (roll < 80) {
            return AttendanceStatus.PRESENT;
        } else if (roll < 87) {
            return AttendanceStatus.LATE;
        } else if (roll < 91) {
            return AttendanceStatus.LEFT_EARLY;
        } else if (roll < 96) {
            return AttendanceStatus.EXCUSED;
        }
        return AttendanceStatus.ABSENT;
    }

    private static Person person(String given, String family, String email, Language language) {
        String address = email != null ? email
                : (ascii(given) + "." + ascii(family) + "@demo.example").toLowerCase(Locale.ROOT);
        return new Person(given, family, address, language);
    }

    private static String ascii(String name) {
        return name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa");
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
