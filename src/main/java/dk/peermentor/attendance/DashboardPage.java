package dk.peermentor.attendance;

import java.time.LocalDateTime;

import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The coordinator's start page: running cohorts at a glance and a calendar of every teaching day.
 * Request-scoped on purpose: the page only shows, and a view-scoped bean would put a year of teaching
 * days into the HTTP session, which is saved to the data grid after every request (distributable
 * sessions, docs/cluster.md). The calendar asks for the weeks it shows by ajax, and only those are read.
 */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    CohortDashboard dashboard;

    private CohortDashboard.Overview overview;
    private ScheduleModel calendar;

    @PostConstruct
    void load() {
        overview = dashboard.overview();
        calendar = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                for (CohortDashboard.CalendarDay day : dashboard.calendar(start.toLocalDate(),
                        end.toLocalDate().plusDays(1))) {
                    addEvent(DefaultScheduleEvent.builder()
                            .title(day.cohortName() + " · " + day.sequence())
                            .startDate(LocalDateTime.of(day.date(), day.startsAt()))
                            .endDate(LocalDateTime.of(day.date(), day.endsAt()))
                            .url("cohort?id=" + day.cohortId())
                            .editable(false)
                            .build());
                }
            }
        };
    }

    public CohortDashboard.Overview getOverview() {
        return overview;
    }

    public ScheduleModel getCalendar() {
        return calendar;
    }
}
