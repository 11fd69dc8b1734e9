package dk.peermentor.materials;

import java.io.IOException;

import dk.peermentor.curriculum.CurriculumRegistry;
import dk.peermentor.platform.NotFound;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /materials/images/<name>}: the images of the course content, public like the unit titles on
 * the start page. An SVG is a document that could carry script, so every image is sent sandboxed.
 */
@WebServlet("/materials/images/*")
public class CourseImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurriculumRegistry curriculum;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        byte[] image = curriculum.image(name).orElseThrow(() -> new NotFound("image " + name));
        response.setContentType(contentType(name));
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(image.length);
        response.getOutputStream().write(image);
    }

    private static String contentType(String name) {
        String lower = name.toLowerCase();
        if (lower.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (lower.endsWith(".png")) {
            return "image/png";
        } else if (lower.endsWith(".webp")) {
            return "image/webp";
        }
        return "image/jpeg";
    }
}
