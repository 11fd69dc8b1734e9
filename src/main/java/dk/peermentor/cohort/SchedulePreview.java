package dk.peermentor.cohort;

import java.io.Serializable;
import java.util.List;

/** A proposed schedule and what the coordinator should know about it before accepting. */
public record SchedulePreview(List<ProposedDay> days, List<ScheduleWarning> warnings) implements Serializable {
}
