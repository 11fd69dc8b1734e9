package dk.peermentor.platform;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, with 400, a form post or address whose parameters hold control characters (NUL, ESC, ...;
 * tab and line breaks are text). No field of any form takes them, PostgreSQL cannot even compare a
 * NUL, and a search or a login with one would otherwise fail deep in the database. The entities
 * refuse them too ({@link Text}), with a message naming the field; this is the net under every other
 * parameter. The API ({@code /api/}) and file uploads are checked where they are read.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class ControlCharacterFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            // Before the first parameter is read: read as Latin-1, a Danish Æ or Å would hold a C1 control.
            request.setCharacterEncoding("UTF-8");
        }
        if (!isApi(request) && !isUpload(request) && holdsControlCharacters(request.getParameterMap())) {
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
