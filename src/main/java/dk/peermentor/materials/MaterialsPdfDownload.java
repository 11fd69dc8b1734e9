package dk.peermentor.materials;

import java.io.IOException;

import dk.peermentor.curriculum.CoursePdf;
import dk.peermentor.curriculum.CurriculumRegistry;
import dk.peermentor.identity.CurrentUser;
import dk.peermentor.platform.AccessDenied;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.RuleViolation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The materials on paper for a trainee: {@code /trainee/unit.pdf?unit=...&lang=...} for a unit open
 * to them, {@code /trainee/course.pdf?lang=...} once every unit is. The materials service decides,
 * as for the pages; the PDF streams to the response.
 */
@WebServlet({"/trainee/unit.pdf", "/trainee/course.pdf"})
public class MaterialsPdfDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final CoursePdf PDF = new CoursePdf();

    @Inject
    MaterialsService materials;

    @Inject
    CurriculumRegistry curriculum;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = Language.fromCode(String.valueOf(request.getParameter("lang")))
                .orElseGet(() -> currentUser.requirePerson().preferredLanguage());
        response.setContentType("application/pdf");
        if (request.getServletPath().endsWith("course.pdf")) {
            if (!materials.allReleased()) {
                throw new AccessDenied("not every unit is open to the caller yet");
            }
            response.setHeader("Content-Disposition", "attachment; filename=\"course-" + language.code() + ".pdf\"");
            PDF.course(curriculum.curriculum(), language, response.getOutputStream());
        } else {
            String unitId;
            try {
                unitId = materials.requireReleased(request.getParameter("unit")).id();
            } catch (RuleViolation notYetOpen) {
                throw new AccessDenied("unit not open yet: " + request.getParameter("unit"));
            }
            response.setHeader("Content-Disposition",
                    "attachment; filename=\"" + unitId + "-" + language.code() + ".pdf\"");
            PDF.unit(curriculum.curriculum(), unitId, language, response.getOutputStream());
        }
    }
}
