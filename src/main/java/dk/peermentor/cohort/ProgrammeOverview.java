package dk.peermentor.cohort;

import java.io.Serializable;
import java.util.List;

/** A programme and its cohorts, newest first. */
public record ProgrammeOverview(long id, String name, List<CohortSummary> cohorts) implements Serializable {

    public ProgrammeOverview {
        cohorts = List.copyOf(cohorts);
    }
}
