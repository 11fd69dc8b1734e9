package dk.peermentor.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import dk.peermentor.platform.NotFound;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Personal data as a JSON download: {@code /profile/my-data} for one's own,
 * {@code /coordinator/person-data?person=ID} for a coordinator. The service decides who may have what.
 */
@WebServlet(urlPatterns = {PersonalDataDownload.OWN, PersonalDataDownload.ANY})
public class PersonalDataDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String OWN = "/profile/my-data";
    static final String ANY = "/coordinator/person-data";

    @Inject
    PersonalDataService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject data;
        String name;
        if (OWN.equals(request.getServletPath())) {
            data = service.exportOwn();
            name = "my-data.json";
        } else {
            long personId = personId(request.getParameter("person"));
            data = service.export(personId);
            name = "person-" + personId + ".json";
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        try (OutputStream out = response.getOutputStream();
                JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                        .createWriter(out)) {
            writer.writeObject(data);
        }
    }

    private static long personId(String parameter) {
        try {
            return Long.parseLong(parameter);
        } catch (NumberFormatException e) {
            throw new NotFound("person " + parameter);
        }
    }
}
