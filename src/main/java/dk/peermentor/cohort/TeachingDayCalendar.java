package dk.peermentor.cohort;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;

import dk.peermentor.platform.Time;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Teaching days as an iCalendar file (RFC 5545, with ical4j). Times are local to Europe/Copenhagen
 * and the file carries that time zone's definition, so a calendar shows 09:30 on a winter day and on
 * a summer day alike. Each day has a stable UID, so a calendar that imports the file again updates
 * a moved day instead of adding a second one.
 */
public final class TeachingDayCalendar {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private TeachingDayCalendar() {
    }

    /**
     * The zone's definition under its own name. Recent tz data make Copenhagen a link to Berlin, and
     * the registry answers with Berlin's name, which the events (TZID=Europe/Copenhagen) would not find.
     */
    private static VTimeZone copenhagen() {
        VTimeZone zone = (VTimeZone) ZONES.getTimeZone(Time.ZONE.getId()).getVTimeZone().copy();
        zone.replace(new TzId(Time.ZONE.getId()));
        zone.getProperty(Property.TZURL).ifPresent(zone::remove);
        zone.getProperty("X-LIC-LOCATION").ifPresent(zone::remove);
        return zone;
    }

    /**
     * The file for {@code days}; {@code title} names each event (e.g. "Day 3: Crisis handling") and
     * {@code host} makes the UIDs unique to this installation.
     */
    public static String of(List<TeachingDay> days, Function<TeachingDay, String> title, String host) {
        VTimeZone zone = copenhagen();
        Calendar calendar = new Calendar()
                .withProdId(new ProdId("-//Peer mentor education//Teaching days//EN").getValue())
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withComponent(zone)
                .getFluentTarget();
        for (TeachingDay day : days) {
            ZonedDateTime start = day.date().atTime(day.startsAt()).atZone(Time.ZONE);
            ZonedDateTime end = day.date().atTime(day.endsAt()).atZone(Time.ZONE);
            VEvent event = new VEvent(start, end, title.apply(day));
            event.add(new Uid("teaching-day-" + day.id() + "@" + host));
            event.add(new Location(day.place()));
            event.add(new Description(day.cohort().name()));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
