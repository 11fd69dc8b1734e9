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

    /** Trainees by teaching day, with the days attended; access as for the attendance sheet. */
    public TableExport attendanceMatrix(long cohortId, Language language) {
        AttendanceSheet sheet = attendance.sheetOf(cohortId);
        List<String> header = new ArrayList<>();
        header.add(Messages.text(language, "sheet.trainee"));
        for (TeachingDay day : sheet.days()) {
            header.add(Messages.text(language, "home.day") + " " + day.sequence() + " (" + day.date() + ")");
        }
        header.add(Messages.text(language, "sheet.attended"));
        List<List<Object>> rows = new ArrayList<>();
        for (AttendanceSheet.Row row : sheet.rows()) {
            List<Object> values = new ArrayList<>();
            values.add(row.traineeName());
            for (TeachingDay day : sheet.days()) {
                AttendanceStatus status = row.on(day.sequence());
                values.add(status == null ? "" : Messages.text(language, "attendance.status." + status.name()));
            }
            values.add(row.attended());
            rows.add(values);
        }
        return new TableExport(sheet.cohortName(), header, rows);
    }

    private static Object orEmpty(Object value) {
        return value == null ? "" : value;
    }
}
