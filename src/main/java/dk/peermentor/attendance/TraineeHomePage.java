package dk.peermentor.attendance;

import java.util.List;
import java.util.Map;

import dk.peermentor.cohort.CohortService;
import dk.peermentor.cohort.Enrolment;
import dk.peermentor.curriculum.CurriculumRegistry;
import dk.peermentor.platform.LanguageSelection;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The trainee's start page: their cohort, its six teaching days and their own attendance. */
@Named
@RequestScoped
public class TraineeHomePage {

    @Inject
    CohortService cohorts;

    @Inject
    AttendanceService attendance;

    @Inject
    CurriculumRegistry curriculum;

    @Inject
    LanguageSelection language;

    private List<MyCohort> mine;

    @PostConstruct
    void load() {
        mine = cohorts.myEnrolments().stream()
                .map(e -> new MyCohort(e, attendance.marksOf(e.id())))
                .toList();
    }

    public String unitTitle(String unitId) {
        return curriculum.curriculum().titleOf(unitId, language.getLanguage());
    }

    public List<MyCohort> getCohorts() {
        return mine;
    }

    /** One enrolment and its marks by teaching-day sequence. */
    public record MyCohort(Enrolment enrolment, Map<Integer, AttendanceStatus> marks) {

        public AttendanceStatus markOf(int sequence) {
            return marks.get(sequence);
        }
    }
}
