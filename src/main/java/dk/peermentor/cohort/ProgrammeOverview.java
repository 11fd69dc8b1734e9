package dk.peermentor.cohort;

import java.util.List;

/** A programme and its cohorts, newest first. */
public record ProgrammeOverview(long id, String name, List<CohortSummary> cohorts) {

    public ProgrammeOverview {
        cohorts = List.copyOf(cohorts);
    }
}
