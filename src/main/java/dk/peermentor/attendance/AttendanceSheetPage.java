package dk.peermentor.attendance;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.peermentor.curriculum.CurriculumRegistry;
import dk.peermentor.platform.LanguageSelection;
import dk.peermentor.platform.Messages;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.RuleViolation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One cohort's attendance for its trainers (and coordinators): /trainer/cohort?id=... The matrix
 * with make-ups, the rates, the trainees at risk, and catch-up conversations to record.
 */
@Named
@ViewScoped
public class AttendanceSheetPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttendanceService attendance;

    @Inject
    MakeUpService makeUps;

    @Inject
    CurriculumRegistry curriculum;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    private Long id;
    private AttendanceSheet sheet;

    /** The conversation form: "enrolmentId/sequence" of the missed day, when, and what was covered. */
    private String missedDay;
    private LocalDate heldOn;
    private String note;

    /** Called by f:viewAction once the id is read; the service refuses a cohort the caller does not teach. */
    public void load() {
        if (id == null) {
            throw new NotFound("cohort");
        }
        sheet = attendance.sheetOf(id);
        if (heldOn == null) {
            heldOn = LocalDate.now(clock);
        }
    }

    public void recordConversation() {
        if (missedDay == null || !missedDay.matches("\\d+/\\d")) {
            Messages.refused(new RuleViolation("rule.required", "makeUp.missedDay"));
            return;
        }
        String[] parts = missedDay.split("/");
        try {
            makeUps.recordConversation(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), heldOn, note);
            Messages.info("makeUp.saved");
            missedDay = null;
            note = null;
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
        load();
    }

    public void removeMakeUp(long makeUpId) {
        try {
            makeUps.remove(makeUpId);
            Messages.info("makeUp.removed");
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
        load();
    }

    /** Every missed day still to make up, as choices for the conversation form. */
    public List<MissedDay> getMissedDays() {
        List<MissedDay> choices = new ArrayList<>();
        for (AttendanceSheet.Row row : getSheet().rows()) {
            if (row.takesPart()) {
                for (int sequence : sheet.notMadeUpBy(row)) {
                    choices.add(new MissedDay(row.enrolmentId() + "/" + sequence,
                            row.traineeName() + " – " + dayName(sequence)));
                }
            }
        }
        return choices;
    }

    /** The make-ups of the cohort's trainees, for the list under the matrix. */
    public List<MakeUpLine> getMakeUps() {
        List<MakeUpLine> lines = new ArrayList<>();
        for (AttendanceSheet.Row row : getSheet().rows()) {
            row.makeUps().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> lines.add(new MakeUpLine(row.traineeName(), e.getKey(), e.getValue())));
        }
        return lines;
    }

    /** Why a trainee is at risk, in words. */
    public List<String> risksOf(AttendanceSheet.Row row) {
        return sheet.risksOf(row).stream().map(risk -> switch (risk) {
            case TOO_MANY_MISSED -> Messages.text(language.getLanguage(), "sheet.risk.TOO_MANY_MISSED",
                    sheet.missedBy(row).size(), sheet.daysHeld().size(), sheet.rule().daysRequired());
            case NOT_MADE_UP -> Messages.text(language.getLanguage(), "sheet.risk.NOT_MADE_UP",
                    sheet.notMadeUpBy(row).stream().map(this::dayName).collect(Collectors.joining(", ")));
        }).toList();
    }

    /** How a day was made up, in words. */
    public String describe(AttendanceSheet.MadeUp madeUp) {
        return madeUp.kind() == MakeUpKind.GUEST
                ? Messages.text(language.getLanguage(), "sheet.madeUp.GUEST", madeUp.hostCohort(), date(madeUp.heldOn()))
                : Messages.text(language.getLanguage(), "sheet.madeUp.CONVERSATION", date(madeUp.heldOn()));
    }

    /** "Day 3 (Crisis handling)". */
    public String dayName(int sequence) {
        return Messages.text(language.getLanguage(), "home.day") + " " + sequence + " ("
                + curriculum.curriculum().titleOf(sheet.day(sequence).unitId(), language.getLanguage()) + ")";
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.getLocale()).format(date);
    }

    /** The sheet; a missing or malformed id leaves none, which is a 404. */
    public AttendanceSheet getSheet() {
        if (sheet == null) {
            load();
        }
        return sheet;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getMissedDay() {
        return missedDay;
    }

    public void setMissedDay(String missedDay) {
        this.missedDay = missedDay;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** A choice in the conversation form. */
    public record MissedDay(String value, String label) {
    }

    /** A make-up in the list: whose, which day, how. */
    public record MakeUpLine(String traineeName, int sequence, AttendanceSheet.MadeUp madeUp) {
    }
}
