package dk.peermentor.platform;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error pages (400, 403, 404, 500, expired view), in the visitor's language. Plain HTML written here
 * rather than Faces views, so an error page still shows when Faces itself is what failed, and never a
 * stack trace. web.xml sends each error to {@code /errors/<kind>}.
 */
@WebServlet("/errors/*")
public class ErrorPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> KEYS = Map.of(
            "/bad-request", "error.badRequest",
            "/forbidden", "error.forbidden",
            "/not-found", "error.notFound",
            "/expired", "error.expired",
            "/too-large", "error.tooLarge",
            "/server", "error.server");

    @Inject
    LanguageSelection languageSelection;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = KEYS.get(request.getPathInfo());
        if (key == null || request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            // Only the container comes here; a visitor who types the address gets a plain 404.
            key = KEYS.get("/not-found");
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (key.equals(KEYS.get("/expired"))) {
            // A form that can no longer be taken (its page expired, or it was never this visitor's) is
            // the request's fault, not the server's: not a 500, though Faces throws for it.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        Language language = languageSelection.languageFor(request.getHeader("Accept-Language"));
        String home = request.getContextPath() + "/";
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html>\n<html lang=\"" + language.code() + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + text(language, key + ".title") + " · " + text(language, "app.name") + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/resources/css/app.css\"/></head>"
                + "<body><header class=\"app-header\"><div class=\"app-header__inner\">"
                + "<a class=\"app-brand\" href=\"" + home + "\">" + text(language, "app.name") + "</a></div></header>"
                + "<main id=\"main\" class=\"app-main\"><h1>" + text(language, key + ".title") + "</h1>"
                + "<p>" + text(language, key + ".text") + "</p>"
                + "<p><a href=\"" + home + "\">" + text(language, "error.backHome") + "</a></p></main></body></html>");
    }

    private static String text(Language language, String key) {
        return escape(Messages.text(language, key));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
