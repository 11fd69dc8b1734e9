package dk.peermentor.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dk.peermentor.cohort.CohortService;
import dk.peermentor.cohort.Enrolment;
import dk.peermentor.cohort.EnrolmentStatus;
import dk.peermentor.cohort.TeachingDay;
import dk.peermentor.curriculum.CurriculumRegistry;
import dk.peermentor.materials.MaterialsService;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.LanguageSelection;
import dk.peermentor.platform.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The trainee's start page, "My course": for each cohort the six teaching days with the next one
 * highlighted, the materials that are open, their own attendance, and where they stand on the way
 * to the certificate, in plain words.
 */
@Named
@RequestScoped
public class TraineeHomePage {

    @Inject
    CohortService cohorts;

    @Inject
    AttendanceService attendance;

    @Inject
    MaterialsService materials;

    @Inject
    CurriculumRegistry curriculum;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    private List<MyCohort> mine;
    private Set<String> read;
    private boolean allReleased;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(clock);
        mine = cohorts.myEnrolments().stream()
                .filter(e -> e.status() != EnrolmentStatus.APPLIED)
                .map(e -> new MyCohort(e, attendance.progressOf(e.id()), e.cohort().teachingDays().stream()
                        .sorted(Comparator.comparingInt(TeachingDay::sequence)).toList(),
                        e.cohort().nextTeachingDay(today).map(TeachingDay::sequence).orElse(null), today))
                .toList();
        read = new HashSet<>(materials.unitsRead());
        allReleased = mine.stream().anyMatch(MyCohort::takesPart) && materials.allReleased();
    }

    public String unitTitle(String unitId) {
        return curriculum.curriculum().titleOf(unitId, language.getLanguage());
    }

    public boolean isRead(String unitId) {
        return read.contains(unitId);
    }

    /** Where the trainee stands, in plain words: the first sentence says how many days, then what to do. */
    public List<String> statementOf(MyCohort cohort) {
        Language lang = language.getLanguage();
        TraineeProgress progress = cohort.progress();
        List<String> sentences = new ArrayList<>();
        if (progress.standing() != TraineeProgress.Standing.WITHDRAWN) {
            sentences.add(Messages.text(lang, "progress.attended", progress.attended(), progress.units().size()));
        }
        if (!progress.attendedEarlier().isEmpty()) {
            sentences.add(Messages.text(lang, "progress.earlier", units(progress.attendedEarlier())));
        }
        if (!progress.madeUp().isEmpty()) {
            sentences.add(Messages.text(lang, "progress.madeUp", units(progress.madeUp())));
        }
        sentences.add(switch (progress.standing()) {
            case WITHDRAWN -> Messages.text(lang, "progress.WITHDRAWN");
            case CANNOT_REACH -> Messages.text(lang, "progress.CANNOT_REACH", progress.missed().size(),
                    progress.rule().daysRequired());
            case MAKE_UP_NEEDED -> Messages.text(lang, "progress.MAKE_UP_NEEDED", units(progress.toMakeUp()));
            case ON_TRACK -> Messages.text(lang, "progress.ON_TRACK", progress.rule().daysRequired());
            case MEETS_RULE -> Messages.text(lang, "progress.MEETS_RULE");
        });
        return sentences;
    }

    /** "day 3 'Crisis handling' and day 5 'Boundaries and trust'". */
    private String units(List<TraineeProgress.UnitProgress> units) {
        Language lang = language.getLanguage();
        return units.stream().map(u -> Messages.text(lang, "progress.unit", u.sequence(), unitTitle(u.unitId())))
                .collect(Collectors.joining(Messages.text(lang, "progress.and")));
    }

    /** The day the materials of {@code day}'s unit open, in words. */
    public String opensOn(MyCohort cohort, TeachingDay day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale())
                .format(cohort.enrolment().cohort().programme().releasedOn(day.date()));
    }

    public List<MyCohort> getCohorts() {
        return mine;
    }

    public boolean isAllReleased() {
        return allReleased;
    }

    /** One enrolment: its days in order, the next one's sequence, and the trainee's progress. */
    public record MyCohort(Enrolment enrolment, TraineeProgress progress, List<TeachingDay> days, Integer next,
            LocalDate today) {

        public TraineeProgress.UnitProgress unit(int sequence) {
            return progress.units().stream().filter(u -> u.sequence() == sequence).findFirst().orElseThrow();
        }

        public boolean takesPart() {
            return enrolment.takesPart();
        }

        /** The unit's materials are open today (a trainee who left sees none). */
        public boolean released(TeachingDay day) {
            return takesPart() && enrolment.cohort().programme().isReleased(day.date(), today);
        }
    }
}
