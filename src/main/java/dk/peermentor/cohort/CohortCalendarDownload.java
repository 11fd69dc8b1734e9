package dk.peermentor.cohort;

import java.io.IOException;

import dk.peermentor.platform.LanguageSelection;
import dk.peermentor.platform.NotFound;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /calendar/cohort?id=...}: a cohort's six teaching days as an .ics file, for its members. */
@WebServlet("/calendar/cohort")
public class CohortCalendarDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortService cohorts;

    @Inject
    LanguageSelection languageSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            throw new NotFound("cohort " + request.getParameter("id"));
        }
        String ics = cohorts.calendarOf(id, languageSelection.languageFor(request.getHeader("Accept-Language")));
        response.setContentType("text/calendar");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"cohort-" + id + ".ics\"");
        response.getWriter().write(ics);
    }
}
