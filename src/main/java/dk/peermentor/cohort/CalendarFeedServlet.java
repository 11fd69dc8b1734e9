package dk.peermentor.cohort;

import java.io.IOException;

import dk.peermentor.platform.NotFound;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /feeds/<secret>.ics}: a personal calendar subscription, opened by its secret alone. */
@WebServlet("/feeds/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarFeedService feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.endsWith(".ics")) {
            throw new NotFound("feed");
        }
        String ics = feeds.calendarFor(path.substring(1, path.length() - ".ics".length()));
        response.setContentType("text/calendar");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(ics);
    }
}
