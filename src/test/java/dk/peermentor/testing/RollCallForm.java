package dk.peermentor.testing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A trainer's roll call as its page's script sees it, for taps sent without a browser: the form, its
 * view state and CSP nonce, each line's mark buttons by their label, and what each button's
 * PrimeFaces request processes and updates. {@link #tap} is the partial request a tap sends, and
 * {@link #accepted} reads its answer as the page would.
 */
public final class RollCallForm {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)]]>");
    private static final Pattern AJAX_REQUEST = Pattern.compile("PrimeFaces\\.ab\\(\\{s:\"([^\"]+)\"([^}]*)}");
    private static final Pattern PROCESS = Pattern.compile("\\bp:\"([^\"]*)\"");
    private static final Pattern UPDATE = Pattern.compile("\\bu:\"([^\"]*)\"");

    public final Document document;
    public final URI action;
    public final String nonce;
    /** Per line, in page order: status label → the id of its button. */
    public final List<Map<String, String>> buttons = new ArrayList<>();
    private final Map<String, String[]> ajax = new HashMap<>();
    private String viewState;

    public RollCallForm(URI page, HttpResponse<String> response) {
        document = Jsoup.parse(response.body(), page.toString());
        action = page.resolve(document.getElementById("roll").attr("action"));
        viewState = document.select("#roll input[name=jakarta.faces.ViewState]").val();
        nonce = FacesHttpClient.nonceOf(response).orElse(null);
        Matcher request = AJAX_REQUEST.matcher(response.body());
        while (request.find()) {
            Matcher process = PROCESS.matcher(request.group(2));
            Matcher update = UPDATE.matcher(request.group(2));
            // The page lists ids with commas; PrimeFaces' script sends them separated by spaces.
            ajax.put(request.group(1), new String[] {process.find() ? process.group(1).replace(',', ' ') : "@all",
                    update.find() ? update.group(1).replace(',', ' ') : null});
        }
        for (Element line : document.select(".roll-call__line")) {
            Map<String, String> byLabel = new LinkedHashMap<>();
            for (Element button : line.select(".roll-call__marks button[id$=:mark]")) {
                byLabel.put(button.text().strip(), button.id());
            }
            buttons.add(byLabel);
        }
    }

    /** The fields of the partial request a tap on {@code button} sends. */
    public Map<String, String> tap(String button) {
        String[] processAndUpdate = ajax.get(button);
        if (processAndUpdate == null) {
            throw new IllegalStateException("no ajax request for " + button + " on the page");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", button);
        fields.put("jakarta.faces.partial.execute", processAndUpdate[0]);
        if (processAndUpdate[1] != null) {
            fields.put("jakarta.faces.partial.render", processAndUpdate[1]);
        }
        fields.put(button, button);
        fields.put("roll", "roll");
        fields.put("jakarta.faces.ViewState", viewState);
        if (nonce != null) {
            fields.put("primefaces.nonce", nonce);
        }
        return fields;
    }

    /**
     * Takes the new view state from the answer to a tap on {@code button} and tells whether the mark was
     * saved: a 200 partial response without an error or a redirect, with the button now pressed.
     */
    public boolean accepted(HttpResponse<String> answer, String button) {
        String body = answer.body();
        Matcher state = VIEW_STATE.matcher(body);
        if (state.find()) {
            viewState = state.group(1);
        }
        return answer.statusCode() == 200 && !body.contains("<error>") && !body.contains("<redirect")
                && !body.contains("app-message--error") && pressed(body, button);
    }

    private static boolean pressed(String body, String button) {
        int at = body.indexOf("id=\"" + button + "\"");
        if (at < 0) {
            return false;
        }
        return body.substring(body.lastIndexOf('<', at), body.indexOf('>', at)).contains("aria-pressed=\"true\"");
    }
}
