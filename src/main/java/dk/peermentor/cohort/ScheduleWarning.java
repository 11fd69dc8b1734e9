package dk.peermentor.cohort;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.peermentor.platform.Language;
import dk.peermentor.platform.Messages;

/**
 * Something about a teaching day the coordinator should know but may accept: it falls on a holiday,
 * or in the same month as another day of the cohort. {@code messageKey} and {@code arguments} say it
 * in the user's language.
 */
public record ScheduleWarning(int sequence, LocalDate date, String messageKey, List<Object> arguments) implements Serializable {

    /** The warning in {@code language}; a holiday is named in that language too. */
    public String describe(Language language) {
        Object[] named = arguments.stream()
                .map(argument -> argument instanceof String key && key.startsWith("holiday.")
                        ? Messages.text(language, key) : argument)
                .toArray();
        return Messages.text(language, messageKey, named);
    }

    /** The warnings for a schedule of dates, day 1 first. */
    public static List<ScheduleWarning> about(List<LocalDate> dates) {
        List<ScheduleWarning> warnings = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            int sequence = i + 1;
            DanishHolidays.on(date).ifPresent(holiday ->
                    warnings.add(new ScheduleWarning(sequence, date, "warning.schedule.holiday", List.of(sequence, holiday))));
            for (int j = 0; j < i; j++) {
                if (dates.get(j).getYear() == date.getYear() && dates.get(j).getMonth() == date.getMonth()) {
                    warnings.add(new ScheduleWarning(sequence, date, "warning.schedule.sameMonth", List.of(sequence, j + 1)));
                }
            }
        }
        return warnings;
    }
}
