package dk.peermentor.cohort;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** One teaching day of a proposed schedule, with the unit it teaches. */
public record ProposedDay(int sequence, LocalDate date, LocalTime startsAt, LocalTime endsAt, String unitId) implements Serializable {
}
