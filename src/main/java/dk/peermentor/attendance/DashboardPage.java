package dk.peermentor.attendance;

import java.io.Serializable;
import java.time.LocalDateTime;

import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The coordinator's start page: running cohorts at a glance and a calendar of every teaching day. */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortDashboard dashboard;

    private CohortDashboard.Overview overview;
    private ScheduleModel calendar;

    @PostConstruct
    void load() {
        overview = dashboard.overview();
        calendar = new DefaultScheduleModel();
        for (CohortDashboard.CalendarDay day : overview.teachingDays()) {
            calendar.addEvent(DefaultScheduleEvent.builder()
                    .title(day.cohortName() + " · " + day.sequence())
                    .startDate(LocalDateTime.of(day.date(), day.startsAt()))
                    .endDate(LocalDateTime.of(day.date(), day.endsAt()))
                    .url("cohort?id=" + day.cohortId())
                    .editable(false)
                    .build());
        }
    }

    public CohortDashboard.Overview getOverview() {
        return overview;
    }

    public ScheduleModel getCalendar() {
        return calendar;
    }
}
