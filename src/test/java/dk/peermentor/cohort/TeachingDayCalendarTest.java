package dk.peermentor.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

class TeachingDayCalendarTest {

    @Test
    void teachingDaysKeepTheirLocalTimeAcrossTheChangeToSummerTime() throws Exception {
        Cohort cohort = new Cohort(new Programme("Fjordby"), "Hold forår 2026", "Havnegade 12", 15);
        List<java.time.LocalDate> dates = ScheduleRule.secondTuesday().datesFrom(YearMonth.of(2026, 1), 6);
        for (int i = 0; i < dates.size(); i++) {
            cohort.scheduleTeachingDay(i + 1, dates.get(i), ScheduleRule.secondTuesday().startsAt(),
                    ScheduleRule.secondTuesday().endsAt(), "Havnegade 12", "unit-" + (i + 1));
        }
        String ics = TeachingDayCalendar.of(cohort.teachingDays(), day -> "Dag " + day.sequence(), "fjordby.example");

        assertTrue(ics.contains("BEGIN:VTIMEZONE") && ics.contains("TZID:Europe/Copenhagen"), ics);
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertEquals(6, events.size());

        // 10 March is winter time (UTC+1), 14 April summer time (UTC+2): both 09:30 on the wall clock.
        assertEquals(Instant.parse("2026-03-10T08:30:00Z"), start(events.get(2)));
        assertEquals(Instant.parse("2026-04-14T07:30:00Z"), start(events.get(3)));
        assertEquals("Dag 4", events.get(3).getSummary().getValue());
        assertEquals("Havnegade 12", events.get(3).getLocation().getValue());
        assertTrue(events.get(3).getProperty("DTSTART").orElseThrow().toString().contains("TZID=Europe/Copenhagen"));
    }

    private static Instant start(VEvent event) {
        Temporal start = event.getDateTimeStart().getDate();
        return ((ZonedDateTime) start).toInstant();
    }
}
