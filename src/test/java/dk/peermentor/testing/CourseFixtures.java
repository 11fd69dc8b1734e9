package dk.peermentor.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;

import dk.peermentor.cohort.Cohort;
import dk.peermentor.cohort.Enrolment;
import dk.peermentor.cohort.Programme;
import dk.peermentor.identity.Person;
import dk.peermentor.platform.Language;

/** Small builders for the test data the domain tests share: a programme, a scheduled cohort, people. */
public final class CourseFixtures {

    public static final LocalTime NINE_THIRTY = LocalTime.of(9, 30);
    public static final LocalTime THREE_PM = LocalTime.of(15, 0);

    private CourseFixtures() {
    }

    /** A cohort whose six days fall on the second Tuesday of six consecutive months from {@code firstMonth}. */
    public static Cohort cohortStarting(LocalDate firstMonth) {
        return cohortStarting(new Programme("Testprogram"), "Hold " + firstMonth, firstMonth);
    }

    public static Cohort cohortStarting(Programme programme, String name, LocalDate firstMonth) {
        Cohort cohort = new Cohort(programme, name, "Testhuset", Cohort.DEFAULT_CAPACITY);
        for (int day = 1; day <= Cohort.TEACHING_DAYS; day++) {
            cohort.scheduleTeachingDay(day, secondTuesday(firstMonth.plusMonths(day - 1L)), NINE_THIRTY, THREE_PM,
                    "Testhuset", "unit-" + day);
        }
        return cohort;
    }

    public static LocalDate secondTuesday(LocalDate anyDayOfMonth) {
        return anyDayOfMonth.withDayOfMonth(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
    }

    public static Person person(String given, String family) {
        return new Person(given, family, given.toLowerCase() + "." + family.toLowerCase() + "@test.example", Language.DA);
    }

    public static Enrolment enrolled(Cohort cohort, Person person) {
        Enrolment enrolment = Enrolment.application(cohort, person, cohort.teachingDays().get(0).date().minusMonths(1));
        enrolment.enrol();
        return enrolment;
    }
}
