package dk.peermentor.cohort;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.peermentor.curriculum.CurriculumRegistry;
import dk.peermentor.identity.NewPersonForm;
import dk.peermentor.identity.Person;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.LanguageSelection;
import dk.peermentor.platform.Messages;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.RuleViolation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

/** One cohort for its coordinator: /coordinator/cohort?id=... */
@Named
@ViewScoped
public class CohortPlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortPlanningService planning;

    @Inject
    LanguageSelection languageSelection;

    @Inject
    CurriculumRegistry curriculum;

    private Long id;
    private transient CohortPlan plan;
    private List<Person> trainers;

    // Moving a day: the row being edited and its new values.
    private Integer movingSequence;
    private LocalDate moveDate;
    private LocalTime moveStartsAt;
    private LocalTime moveEndsAt;
    private String movePlace;

    private Long trainerId;
    private Integer trainerDay;

    private NewPersonForm applicant = new NewPersonForm();
    private LocalDate dateOfBirth;
    private boolean ageExceptionAsked;
    private String ageExceptionReason;

    private transient Part upload;
    private byte[] importFile;
    private ApplicantImport importPreview;

    private final Map<Long, String> withdrawalReasons = new HashMap<>();
    private String cancellationReason;

    private String editName;
    private String editPlace;
    private int editCapacity;
    private String rescheduleMonth;
    private int rescheduleWeek = 2;
    private DayOfWeek rescheduleDay = DayOfWeek.TUESDAY;

    private Long movingEnrolmentId;
    private Long moveTargetId;
    private String moveReason;
    private List<Cohort> moveTargets;

    /** Called by f:viewAction once the id is read. */
    public void load() {
        if (id == null) {
            throw new NotFound("cohort");
        }
        plan = planning.plan(id);
        editName = plan.cohort().name();
        editPlace = plan.cohort().place();
        editCapacity = plan.cohort().capacity();
        if (rescheduleMonth == null && !plan.cohort().teachingDays().isEmpty()) {
            rescheduleMonth = YearMonth.from(plan.cohort().teachingDays().get(0).date()).toString();
        }
        if (trainers == null) {
            trainers = planning.trainers();
        }
    }

    public void startMoving(TeachingDay day) {
        movingSequence = day.sequence();
        moveDate = day.date();
        moveStartsAt = day.startsAt();
        moveEndsAt = day.endsAt();
        movePlace = day.place();
    }

    public void move() {
        act(() -> {
            List<ScheduleWarning> warnings = planning.moveTeachingDay(id, movingSequence, moveDate, moveStartsAt,
                    moveEndsAt, movePlace, getPlan().cohort().version());
            Messages.info("cohort.dayMoved", movingSequence);
            warnings.stream().filter(w -> w.sequence() == movingSequence)
                    .forEach(w -> Messages.show(null, FacesMessage.SEVERITY_WARN,
                            w.describe(languageSelection.getLanguage())));
            movingSequence = null;
        });
    }

    public void cancelMove() {
        movingSequence = null;
    }

    public void assignTrainer() {
        act(() -> {
            planning.assignTrainer(id, trainerId, trainerDay);
            Messages.info("cohort.trainerAssigned");
        });
    }

    public void removeTrainer(long assignmentId) {
        act(() -> planning.removeTrainerAssignment(assignmentId));
    }

    public void enrol() {
        act(() -> {
            try {
                EnrolmentOutcome outcome = planning.enrol(id, new NewTrainee(applicant.getGivenName(),
                        applicant.getFamilyName(), applicant.getEmail(), applicant.getPhone(), dateOfBirth,
                        applicant.getLanguage()), ageExceptionAsked ? ageExceptionReason : null);
                Messages.info(outcome == EnrolmentOutcome.ENROLLED ? "cohort.enrolled" : "cohort.waiting",
                        applicant.getGivenName() + " " + applicant.getFamilyName());
                applicant = new NewPersonForm();
                ageExceptionReason = null;
                dateOfBirth = null;
                ageExceptionAsked = false;
            } catch (AgeExceptionNeeded outside) {
                ageExceptionAsked = true;
                throw outside;
            }
        });
    }

    /** Reads the uploaded file and shows every row, or every problem; nothing is saved yet. */
    public void previewImport() {
        act(() -> {
            try (InputStream in = upload.getInputStream()) {
                // One byte more than a file may have is enough to refuse it for its size.
                importFile = in.readNBytes(ApplicantFile.MAX_BYTES + 1);
            } catch (IOException | NullPointerException e) {
                throw new RuleViolation("import.noFile");
            }
            importPreview = planning.previewImport(id, importFile);
        });
    }

    public void importApplicants() {
        act(() -> {
            int imported = planning.importApplicants(id, importFile);
            Messages.info("import.done", imported);
            importFile = null;
            importPreview = null;
        });
    }

    public int getImportMaxRows() {
        return ApplicantFile.MAX_ROWS;
    }

    public int getImportMaxMegabytes() {
        return ApplicantFile.MAX_BYTES / (1024 * 1024);
    }

    /** A problem of the file in the page's language: line, column and what is wrong. */
    public String describe(ApplicantImport.Problem problem) {
        Language language = languageSelection.getLanguage();
        return Messages.explain(new RuleViolation(problem.messageKey(), problem.arguments().toArray()), language);
    }

    public String column(ApplicantImport.Problem problem) {
        return problem.field() == null ? "" : Messages.text(languageSelection.getLanguage(), problem.field());
    }

    public void admit(long enrolmentId) {
        act(() -> planning.admitFromWaitingList(enrolmentId));
    }

    public void withdraw(Enrolment enrolment) {
        act(() -> {
            planning.withdraw(enrolment.id(), withdrawalReasons.get(enrolment.id()), enrolment.version());
            Messages.info("cohort.withdrawn", enrolment.person().fullName());
        });
    }

    public void describe() {
        String name = editName;
        act(() -> {
            planning.describe(id, editName, editPlace, editCapacity, getPlan().cohort().version());
            Messages.info("cohort.saved", name);
        });
    }

    public void reschedule() {
        act(() -> {
            TeachingDay first = getPlan().cohort().teachingDays().get(0);
            YearMonth month;
            try {
                month = YearMonth.parse(String.valueOf(rescheduleMonth));
            } catch (DateTimeParseException e) {
                throw new RuleViolation("rule.cohort.firstMonth", String.valueOf(rescheduleMonth));
            }
            List<ScheduleWarning> warnings = planning.reschedule(id, month,
                    new ScheduleRule(rescheduleWeek, rescheduleDay, first.startsAt(), first.endsAt()),
                    getPlan().cohort().version());
            Messages.info("cohort.rescheduled");
            warnings.forEach(w -> Messages.show(null, FacesMessage.SEVERITY_WARN, w.describe(languageSelection.getLanguage())));
        });
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditPlace() {
        return editPlace;
    }

    public void setEditPlace(String editPlace) {
        this.editPlace = editPlace;
    }

    public int getEditCapacity() {
        return editCapacity;
    }

    public void setEditCapacity(int editCapacity) {
        this.editCapacity = editCapacity;
    }

    public String getRescheduleMonth() {
        return rescheduleMonth;
    }

    public void setRescheduleMonth(String rescheduleMonth) {
        this.rescheduleMonth = rescheduleMonth;
    }

    public int getRescheduleWeek() {
        return rescheduleWeek;
    }

    public void setRescheduleWeek(int rescheduleWeek) {
        this.rescheduleWeek = rescheduleWeek;
    }

    public DayOfWeek getRescheduleDay() {
        return rescheduleDay;
    }

    public void setRescheduleDay(DayOfWeek rescheduleDay) {
        this.rescheduleDay = rescheduleDay;
    }

    public DayOfWeek[] getDaysOfWeek() {
        return DayOfWeek.values();
    }

    public List<Integer> getWeeks() {
        return ScheduleRule.WEEKS;
    }

    public void moveTrainee() {
        act(() -> {
            Enrolment continued = planning.moveTrainee(movingEnrolmentId, moveTargetId, moveReason);
            Messages.info("cohort.moved", continued.person().fullName(), continued.cohort().name());
            movingEnrolmentId = null;
            moveTargetId = null;
            moveReason = null;
        });
    }

    /** The cohorts a trainee can move to: the programme's others that are not over. */
    public List<Cohort> getMoveTargets() {
        if (moveTargets == null) {
            moveTargets = planning.cohortsToMoveTo(id);
        }
        return moveTargets;
    }

    public Long getMovingEnrolmentId() {
        return movingEnrolmentId;
    }

    public void setMovingEnrolmentId(Long movingEnrolmentId) {
        this.movingEnrolmentId = movingEnrolmentId;
    }

    public Long getMoveTargetId() {
        return moveTargetId;
    }

    public void setMoveTargetId(Long moveTargetId) {
        this.moveTargetId = moveTargetId;
    }

    public String getMoveReason() {
        return moveReason;
    }

    public void setMoveReason(String moveReason) {
        this.moveReason = moveReason;
    }

    public void cancelCohort() {
        act(() -> planning.cancel(id, cancellationReason));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
        load();
    }

    public String unitTitle(String unitId) {
        return curriculum.curriculum().titleOf(unitId, languageSelection.getLanguage());
    }

    /** The plan; kept only in memory, so reloaded after the view was restored elsewhere. */
    public CohortPlan getPlan() {
        if (plan == null) {
            load();
        }
        return plan;
    }

    public List<Person> getTrainers() {
        return trainers;
    }

    public NewPersonForm getApplicant() {
        return applicant;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getMovingSequence() {
        return movingSequence;
    }

    public LocalDate getMoveDate() {
        return moveDate;
    }

    public void setMoveDate(LocalDate moveDate) {
        this.moveDate = moveDate;
    }

    public LocalTime getMoveStartsAt() {
        return moveStartsAt;
    }

    public void setMoveStartsAt(LocalTime moveStartsAt) {
        this.moveStartsAt = moveStartsAt;
    }

    public LocalTime getMoveEndsAt() {
        return moveEndsAt;
    }

    public void setMoveEndsAt(LocalTime moveEndsAt) {
        this.moveEndsAt = moveEndsAt;
    }

    public String getMovePlace() {
        return movePlace;
    }

    public void setMovePlace(String movePlace) {
        this.movePlace = movePlace;
    }

    public Long getTrainerId() {
        return trainerId;
    }

    public void setTrainerId(Long trainerId) {
        this.trainerId = trainerId;
    }

    public Integer getTrainerDay() {
        return trainerDay;
    }

    public void setTrainerDay(Integer trainerDay) {
        this.trainerDay = trainerDay;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public boolean isAgeExceptionAsked() {
        return ageExceptionAsked;
    }

    public String getAgeExceptionReason() {
        return ageExceptionReason;
    }

    public void setAgeExceptionReason(String ageExceptionReason) {
        this.ageExceptionReason = ageExceptionReason;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public ApplicantImport getImportPreview() {
        return importPreview;
    }

    public Map<Long, String> getWithdrawalReasons() {
        return withdrawalReasons;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }
}
