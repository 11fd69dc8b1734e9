package dk.peermentor.attendance;

import java.util.ArrayList;
import java.util.List;

import dk.peermentor.cohort.CohortService;
import dk.peermentor.cohort.CohortSummary;
import dk.peermentor.cohort.ProgrammeOverview;
import dk.peermentor.cohort.TeachingDay;
import dk.peermentor.identity.CurrentUser;
import dk.peermentor.identity.Role;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.Messages;
import dk.peermentor.platform.TableExport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The tables coordinators take to a spreadsheet: the cohort list (coordinators) and a cohort's
 * attendance matrix (its trainers and coordinators; the attendance service decides).
 */
@ApplicationScoped
public class ExportService {

    @Inject
    CohortService cohorts;

    @Inject
    AttendanceService attendance;

    @Inject
    CurrentUser currentUser;

    public TableExport cohortList(Language language) {
        currentUser.require(Role.COORDINATOR);
        List<List<Object>> rows = new ArrayList<>();
        for (ProgrammeOverview programme : cohorts.overview()) {
            for (CohortSummary cohort : programme.cohorts()) {
                rows.add(List.of(programme.name(), cohort.name(),
                        Messages.text(language, "cohort.status." + cohort.status().name()), orEmpty(cohort.firstDay()),
                        orEmpty(cohort.lastDay()), cohort.place(), cohort.teachingDaysHeld(), cohort.trainees()));
            }
        }
        return new TableExport(Messages.text(language, "cohorts.title"), List.of(
                Messages.text(language, "cohorts.programme"), Messages.text(language, "cohort.name"),
                Messages.text(language, "cohort.status"), Messages.text(language, "export.firstDay"),
                Messages.text(language, "export.lastDay"), Messages.text(language, "cohort.place"),
                Messages.text(language, "cohort.daysHeld"), Messages.text(language, "cohort.trainees")), rows);
    }

    /**
     * Trainees by teaching day with make-ups, the days attended and the rate, and a last row with
     * the rate per day; access as for the attendance sheet.
     */
    public TableExport attendanceMatrix(long cohortId, Language language) {
        AttendanceSheet sheet = attendance.sheetOf(cohortId);
        List<String> header = new ArrayList<>();
        header.add(Messages.text(language, "sheet.trainee"));
        for (TeachingDay day : sheet.days()) {
            header.add(Messages.text(language, "home.day") + " " + day.sequence() + " (" + day.date() + ")");
        }
        header.add(Messages.text(language, "sheet.attended"));
        header.add(Messages.text(language, "sheet.rate"));
        List<List<Object>> rows = new ArrayList<>();
        for (AttendanceSheet.Row row : sheet.rows()) {
            List<Object> values = new ArrayList<>();
            values.add(row.traineeName() + (row.takesPart() ? "" : " (" + Messages.text(language, "sheet.withdrawn") + ")"));
            for (TeachingDay day : sheet.days()) {
                values.add(cell(row, day.sequence(), language));
            }
            values.add(row.attended());
            values.add(percent(sheet.rateOf(row)));
            rows.add(values);
        }
        List<Object> rates = new ArrayList<>();
        rates.add(Messages.text(language, "sheet.rateOfDay"));
        for (TeachingDay day : sheet.days()) {
            rates.add(percent(sheet.rateOn(day.sequence())));
        }
        rates.add("");
        rates.add("");
        rows.add(rates);
        return new TableExport(sheet.cohortName(), header, rows);
    }

    /** "Absent (made up as a guest in Hold B on 2027-03-09)". */
    private static String cell(AttendanceSheet.Row row, int sequence, Language language) {
        AttendanceStatus status = row.on(sequence);
        String mark = status == null ? "" : Messages.text(language, "attendance.status." + status.name());
        AttendanceSheet.MadeUp madeUp = row.madeUp(sequence);
        if (madeUp == null) {
            return mark;
        }
        String how = madeUp.kind() == MakeUpKind.GUEST
                ? Messages.text(language, "sheet.madeUp.GUEST", madeUp.hostCohort(), madeUp.heldOn())
                : Messages.text(language, "sheet.madeUp.CONVERSATION", madeUp.heldOn());
        return (mark + " (" + how + ")").strip();
    }

    private static String percent(Long rate) {
        return rate == null ? "" : rate + " %";
    }

    private static Object orEmpty(Object value) {
        return value == null ? "" : value;
    }
}
