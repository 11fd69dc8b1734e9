package dk.peermentor.certificates;

import java.io.IOException;

import dk.peermentor.platform.Language;
import dk.peermentor.platform.NotFound;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One certificate as a PDF, {@code /certificates/<id>.pdf?lang=da|en}: for a coordinator or the
 * graduate themselves (the service decides). Without {@code lang}, in the graduate's language.
 */
@WebServlet("/certificates/*")
public class CertificateDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final CertificatePdf PDF = new CertificatePdf();

    @Inject
    CertificationService certification;

    @Inject
    CertificateSigning signing;

    @Inject
    CertificateMetrics metrics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.matches("/\\d{1,18}\\.pdf")) {
            throw new NotFound("certificate " + path);
        }
        long id = Long.parseLong(path.substring(1, path.length() - 4));
        Language language = Language.fromCode(String.valueOf(request.getParameter("lang"))).orElse(null);
        CertificateContent content = certification.contentOf(id, language);
        String fileName = certification.fileNameOf(id);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        byte[] pdf = metrics.time("single", () -> signing.finish(PDF.toBytes(content)));
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
