package dk.peermentor.certificates;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dk.peermentor.platform.Language;
import dk.peermentor.platform.NotFound;

/**
 * A cohort's valid certificates in one download: {@code /coordinator/certificates.zip?cohort=} (one PDF
 * each, named number-family-given.pdf) or {@code .pdf} (merged, for printing). Each certificate is read
 * and written in turn, straight to the response, so memory does not grow with the cohort.
 */
@WebServlet({"/coordinator/certificates.zip", "/coordinator/certificates.pdf"})
public class CohortCertificatesDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificationService certification;

    @Inject
    CertificateSigning signing;

    @Inject
    CertificateMetrics metrics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long cohortId;
        try {
            cohortId = Long.parseLong(String.valueOf(request.getParameter("cohort")));
        } catch (NumberFormatException e) {
            throw new NotFound("cohort " + request.getParameter("cohort"));
        }
        Language language = Language.fromCode(String.valueOf(request.getParameter("lang"))).orElse(null);
        List<Long> ids = certification.validCertificatesOf(cohortId);
        if (ids.isEmpty()) {
            throw new NotFound("no valid certificates in cohort " + cohortId);
        }
        boolean zip = request.getServletPath().endsWith(".zip");
        // PrimeFaces.monitorDownload on coordinator/certificates.xhtml hides its progress dialog when this
        // cookie arrives; PrimeFaces names it after the page's view id.
        Cookie done = new Cookie("primefaces.download_coordinator_certificates", "true");
        done.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        response.addCookie(done);
        response.setContentType(zip ? "application/zip" : "application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"certificates-" + cohortId
                + (zip ? ".zip\"" : ".pdf\""));
        // Names by number, each dropped once used: the batch may read ahead of the names it asks for.
        Map<String, String> names = new ConcurrentHashMap<>();
        Iterator<Long> remaining = ids.iterator();
        Iterator<CertificateContent> contents = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return remaining.hasNext();
            }

            @Override
            public CertificateContent next() {
                long id = remaining.next();
                CertificateContent content = certification.contentOf(id, language);
                names.put(content.number(), certification.fileNameOf(id));
                return content;
            }
        };
        OutputStream out = response.getOutputStream();
        if (zip) {
            metrics.time("zip", () -> CertificateBatch.zip(contents, content -> names.remove(content.number()),
                    signing::finish, out));
        } else {
            metrics.time("merged", () -> CertificateBatch.merged(contents, out));
        }
    }
}
