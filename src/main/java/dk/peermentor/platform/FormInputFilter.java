package dk.peermentor.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The net under every form (the API, {@code /api/}, has its own: {@code StrictJsonBodies}), before any
 * page reads a parameter:
 * <ul>
 * <li>A body larger than a page takes is refused with 413 and a page that says so, before anything parses it: a form post
 * over {@value #FORM_LIMIT} bytes, an upload over {@value #UPLOAD_LIMIT} (the Faces servlet's
 * {@code multipart-config} in web.xml; an applicant list itself is checked against its own, smaller
 * limit where it is read). A body the container cannot parse is a 400, never a 500.</li>
 * <li>Parameters that hold control characters (NUL, ESC, ...; tab and line breaks are text) are
 * refused with 400. No field of any form takes them, PostgreSQL cannot even compare a NUL, and a
 * search or a login with one would otherwise fail deep in the database. The entities refuse them too
 * ({@link Text}), with a message naming the field. Uploaded files are checked where they are read.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class FormInputFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FormInputFilter.class.getName());

    /** The largest form post: far beyond the largest form (a roll call of 30 with its view state). */
    static final long FORM_LIMIT = 1024 * 1024;
    /** The largest upload, as the Faces servlet's {@code max-file-size}. */
    static final long UPLOAD_LIMIT = 5 * 1024 * 1024;
    /** Up to this size a refused body is read and discarded, so that the sender gets to see the 413. */
    static final long DRAIN_LIMIT = 64 * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            // Before the first parameter is read: read as Latin-1, a Danish Æ or Å would hold a C1 control.
            request.setCharacterEncoding("UTF-8");
        }
        if (isApi(request)) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        if (length > (isUpload(request) ? UPLOAD_LIMIT : FORM_LIMIT)) {
            if (length <= DRAIN_LIMIT) {
                // A sender cut off mid-body sees a closed connection, not our page: read the rest, keep none of it.
                request.getInputStream().transferTo(OutputStream.nullOutputStream());
            }
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (Exception e) {
            // Sent in chunks past the container's own limits, or a broken multipart body. The container
            // throws even checked exceptions (its upload's SizeException is an IOException) from here.
            LOG.log(Level.FINE, "request body not readable", e);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!isUpload(request) && holdsControlCharacters(parameters)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean holdsControlCharacters(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (isControlled(parameter.getKey())) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (isControlled(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isControlled(String value) {
        return value != null && value.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && c != '\t' && c != '\n' && c != '\r');
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
