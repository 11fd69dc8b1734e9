package dk.peermentor.attendance;

import java.io.IOException;

import dk.peermentor.platform.LanguageSelection;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.TableExport;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /exports/cohorts.csv|.xlsx} and {@code /exports/attendance.csv|.xlsx?cohort=ID}. Who may have
 * which table is decided by {@link ExportService}.
 */
@WebServlet("/exports/*")
public class ExportDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ExportService exports;

    @Inject
    LanguageSelection languageSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = String.valueOf(request.getPathInfo());
        var language = languageSelection.languageFor(request.getHeader("Accept-Language"));
        TableExport table;
        String name;
        if (path.startsWith("/cohorts.")) {
            table = exports.cohortList(language);
            name = "cohorts";
        } else if (path.startsWith("/attendance.")) {
            long cohortId = cohortId(request.getParameter("cohort"));
            table = exports.attendanceMatrix(cohortId, language);
            name = "attendance-" + cohortId;
        } else {
            throw new NotFound(path);
        }
        byte[] body;
        if (path.endsWith(".csv")) {
            response.setContentType("text/csv");
            response.setCharacterEncoding("UTF-8");
            body = table.csv();
            name += ".csv";
        } else if (path.endsWith(".xlsx")) {
            response.setContentType(XLSX);
            body = table.xlsx();
            name += ".xlsx";
        } else {
            throw new NotFound(path);
        }
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static long cohortId(String parameter) {
        try {
            return Long.parseLong(parameter);
        } catch (NumberFormatException e) {
            throw new NotFound("cohort " + parameter);
        }
    }
}
