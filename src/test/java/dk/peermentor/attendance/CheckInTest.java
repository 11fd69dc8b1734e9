package dk.peermentor.attendance;

import static dk.peermentor.testing.CourseFixtures.cohortStarting;
import static dk.peermentor.testing.CourseFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import dk.peermentor.cohort.Cohort;
import dk.peermentor.cohort.TeachingDay;
import dk.peermentor.identity.Person;
import dk.peermentor.platform.RuleViolation;
import dk.peermentor.platform.Time;

class CheckInTest {

    private final Cohort cohort = cohortStarting(LocalDate.of(2027, 1, 1));
    private final TeachingDay dayOne = cohort.teachingDay(1).orElseThrow();
    private final Person trainer = person("Trine", "Ravn");

    private Instant on(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(Time.ZONE).toInstant();
    }

    @Test
    void selfCheckInOpensOnlyOnTheTeachingDayItself() {
        RuleViolation early = assertThrows(RuleViolation.class,
                () -> CheckIn.open(dayOne, trainer, on(dayOne.date().minusDays(1), "09:00")));
        assertEquals("checkIn.refused.notToday", early.messageKey());
        assertThrows(RuleViolation.class, () -> CheckIn.open(dayOne, trainer, on(dayOne.date().plusDays(1), "09:00")));
    }

    @Test
    void itStaysOpenUntilClosedOrTheDayEnds() {
        CheckIn checkIn = CheckIn.open(dayOne, trainer, on(dayOne.date(), "09:20"));
        assertTrue(checkIn.isOpenAt(on(dayOne.date(), "09:20")));
        assertTrue(checkIn.isOpenAt(on(dayOne.date(), "23:59")), "a day that runs late still lets trainees in");
        assertFalse(checkIn.isOpenAt(on(dayOne.date().plusDays(1), "00:00")), "closed at midnight, Copenhagen time");

        checkIn.close(on(dayOne.date(), "10:00"));
        assertFalse(checkIn.isOpenAt(on(dayOne.date(), "10:01")));
        checkIn.reopen(trainer, on(dayOne.date(), "11:00"));
        assertTrue(checkIn.isOpenAt(on(dayOne.date(), "11:00")));
    }

    @Test
    void eachDayHasItsOwnSecret() {
        CheckIn first = CheckIn.open(dayOne, trainer, on(dayOne.date(), "09:20"));
        TeachingDay dayTwo = cohort.teachingDay(2).orElseThrow();
        CheckIn second = CheckIn.open(dayTwo, trainer, on(dayTwo.date(), "09:20"));
        assertFalse(first.secret().equals(second.secret()));
    }
}
